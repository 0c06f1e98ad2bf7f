#pragma once

#include <QList>
#include <QObject>

class QActionGroup;
class QMenu;
class QTranslator;

namespace saywho::ui {

// Loads the UI language: the system locale by default, or the one chosen in View → Language
// (remembered in QSettings). Installing a translator makes Qt send LanguageChange to every
// widget, which retranslates itself; nothing needs a restart.
class LanguageManager final : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);

    // Installs the saved or system language; call once after QApplication exists.
    void applySaved();
    // "" follows the system; otherwise a language code such as "de".
    void setLanguage(const QString &code);
    QString language() const { return m_code; }
    static QStringList available();

    void attach(QMenu *menu);

private:
    void install(const QString &localeName);
    void retranslateMenu();

    QList<QTranslator *> m_translators;
    QString m_code;
    QMenu *m_menu = nullptr;
    QActionGroup *m_group = nullptr;
};

} // namespace saywho::ui
