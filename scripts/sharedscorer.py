"""The shared scorer (../shared/tools/score.py, or $SAYWHO_SCORER) as a module, for the scripts that
read errors or fit models by its matching rules."""
import importlib.util, os


def load():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.environ.get("SAYWHO_SCORER") or os.path.join(here, "..", "..", "shared", "tools", "score.py")
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
