#pragma once

namespace saywho::ui {

// Registers the icons, sample article and translations compiled into this static library; the
// linker would otherwise drop them, as nothing refers to them by symbol.
void initResources();

} // namespace saywho::ui
