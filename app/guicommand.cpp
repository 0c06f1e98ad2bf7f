#include "guicommand.h"

#include "articletab.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "screenshot.h"
#include "singleinstance.h"
#include "uiresources.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>
#include <QStyleFactory>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace saywho::app {

namespace {

// True when argv asks for a screenshot: it must run offscreen, and that is decided before the
// QApplication (and its platform plugin) exists.
bool wantsScreenshot(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "--screenshot") == 0 || qstrncmp(argv[i], "--screenshot=", 13) == 0)
            return true;
    return false;
}

// --help and --version print and exit: they must work without a display, so no QApplication.
bool wantsTextOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i)
        for (const char *flag : {"-h", "--help", "-?", "-v", "--version", "--help-all"})
            if (qstrcmp(argv[i], flag) == 0)
                return true;
    return false;
}

QCommandLineOption newWindowOption()
{
    return QCommandLineOption(
        u"new-window"_s,
        QCoreApplication::translate("saywho::app::Gui",
                                    "Open a window of its own, even when SayWho is running already."));
}

void describe(QCommandLineParser &parser, const QCommandLineOption &screenshot)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("saywho::app::Gui", "See who said what, and when, in news articles.") +
        u"\n"_s +
        QCoreApplication::translate("saywho::app::Gui",
                                    "For the command-line analyser without a window: saywho analyze --help"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(screenshot);
    parser.addOption(newWindowOption());
    parser.addOption(QCommandLineOption(
        u"db"_s,
        QCoreApplication::translate(
            "saywho::app::Gui", "The library file that keeps articles and corrections (default: the last one "
                                "used, or library.sqlite in the application data folder)."),
        u"PATH"_s));
    parser.addPositionalArgument(
        u"FILE"_s, QCoreApplication::translate("saywho::app::Gui", "Articles to open."), u"[FILE...]"_s);
}

} // namespace

int runGui(int &argc, char **argv)
{
    const QCommandLineOption shotOpt(
        u"screenshot"_s,
        QCoreApplication::translate("saywho::app::Gui",
                                    "Render the window with FILE open to a PNG and exit."),
        u"OUT.png"_s);
    if (wantsTextOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(u"saywho"_s);
        QCoreApplication::setApplicationVersion(QStringLiteral(SAYWHO_VERSION));
        QCommandLineParser parser;
        describe(parser, shotOpt);
        parser.process(app); // prints and exits
        return 0;
    }

    const bool screenshot = wantsScreenshot(argc, argv);
    if (screenshot && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setApplicationName(u"SayWho"_s);
    QApplication::setOrganizationName(u"SayWho"_s);
    QApplication::setApplicationVersion(QStringLiteral(SAYWHO_VERSION));
    QApplication::setDesktopFileName(u"org.saywho.SayWho"_s);
    ui::initResources();
    QApplication::setWindowIcon(QIcon(u":/icons/saywho.svg"_s));
    QTemporaryDir scratch;
    if (screenshot) {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        // The reader's saved layout, language and recent files stay out of the picture.
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, scratch.path());
    }

    QCommandLineParser parser;
    describe(parser, shotOpt);
    parser.process(app);

    // One window per user: files go to the running instance as tabs. A screenshot never does.
    const bool shared = !screenshot && !parser.isSet(u"new-window"_s);
    if (shared && ui::SingleInstance::handOver(parser.positionalArguments()))
        return 0;

    ui::MainWindow window;
    ui::SingleInstance instance;
    if (shared && instance.listen()) {
        QObject::connect(&instance, &ui::SingleInstance::filesReceived, &window,
                         [&window](const QStringList &paths) {
                             window.openFiles(paths);
                             window.raise();
                             window.activateWindow();
                         });
    }
    // A screenshot is for the README and for review: the same every time, in English, at a fixed size.
    if (screenshot)
        window.languages()->setLanguage(u"en"_s);
    else
        window.languages()->applySaved();
    const QStringList files = parser.positionalArguments();
    // A screenshot keeps the reader's library out of it, unless one is named.
    if (screenshot && parser.isSet(u"db"_s))
        window.openLibrary(parser.value(u"db"_s));
    if (screenshot)
        return Screenshot::render(window, files, parser.value(shotOpt));

    window.show();
    // The library first: an article already in it opens with its corrections.
    window.openLibrary(parser.value(u"db"_s));
    window.openFiles(files);
    return QApplication::exec();
}

} // namespace saywho::app
