# Precompiled headers: the Qt and standard headers most sources include, parsed once per library
# instead of once per file. A library gets only the headers of the Qt modules its layer may use (the
# core libraries never see a widget). The tests, one source file each, share a set rather than
# building their own: GCC accepts it across their differing definitions, because none of those is
# tested by a header in the set (QtTest, which tests QT_TESTCASE_BUILDDIR, is left out). Clang does
# not accept such sharing, so the sanitizer build gives the tests none. Where GCC refuses a set it
# says so under -Winvalid-pch.
option(SAYWHO_PCH "Precompile the Qt headers most sources include" ON)

set(SAYWHO_PCH_CORE
    <algorithm> <array> <functional> <memory> <optional> <vector>
    <QByteArray> <QCoreApplication> <QDate> <QDateTime> <QDir> <QFile> <QFileInfo> <QHash>
    <QJsonArray> <QJsonDocument> <QJsonObject> <QList> <QRegularExpression> <QSet> <QString>
    <QStringList> <QStringView> <QUrl> <QVariant>)
set(SAYWHO_PCH_WIDGETS ${SAYWHO_PCH_CORE}
    <QAbstractItemModel> <QAction> <QApplication> <QComboBox> <QDialog> <QDialogButtonBox>
    <QDockWidget> <QEvent> <QFormLayout> <QHBoxLayout> <QHeaderView> <QLabel> <QLineEdit> <QLocale>
    <QMainWindow> <QMenu> <QMessageBox> <QObject> <QPainter> <QPointer> <QPushButton> <QSettings>
    <QTableView> <QTextBlock> <QTextDocument> <QTimer> <QUndoStack> <QVBoxLayout> <QWidget>)

# saywho_precompile(TARGET CORE|WIDGETS)
function(saywho_precompile target layer)
    if(SAYWHO_PCH)
        target_precompile_headers(${target} PRIVATE ${SAYWHO_PCH_${layer}})
    endif()
endfunction()

# The sets the tests share, each held by a target of its own: the QtCore one for every test, the
# widgets one for the tests of the window. (GCC refuses a set made with a Qt module's definition,
# QT_GUI_LIB, in a file compiled without it.)
function(saywho_test_pch_hosts)
    if(SAYWHO_PCH AND NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        foreach(layer CORE WIDGETS)
            add_library(saywho_test_pch_${layer} OBJECT ${PROJECT_SOURCE_DIR}/tests/support/testpch.cpp)
            target_precompile_headers(saywho_test_pch_${layer} PRIVATE ${SAYWHO_PCH_${layer}})
        endforeach()
        target_link_libraries(saywho_test_pch_CORE PRIVATE Qt6::Core)
        target_link_libraries(saywho_test_pch_WIDGETS PRIVATE Qt6::Widgets)
    endif()
endfunction()

# saywho_use_test_pch(TARGET CORE|WIDGETS)
function(saywho_use_test_pch target layer)
    if(TARGET saywho_test_pch_${layer})
        target_precompile_headers(${target} REUSE_FROM saywho_test_pch_${layer})
    endif()
endfunction()
