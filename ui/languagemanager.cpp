#include "languagemanager.h"

#include <QActionGroup>
#include <QApplication>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace saywho::ui {

namespace {

const QString Key = u"language"_s;

} // namespace

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) {}

QStringList LanguageManager::available()
{
    return {u"en"_s, u"de"_s, u"fr"_s};
}

void LanguageManager::applySaved()
{
    setLanguage(QSettings().value(Key).toString());
}

void LanguageManager::setLanguage(const QString &code)
{
    m_code = code;
    QSettings().setValue(Key, code);
    install(code.isEmpty() ? QLocale::system().name() : code);
    retranslateMenu();
}

void LanguageManager::install(const QString &localeName)
{
    for (QTranslator *t : std::as_const(m_translators)) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    m_translators.clear();
    const QLocale locale(localeName);
    QLocale::setDefault(locale);
    // Ours from the resources; Qt's own (standard buttons, context menus) where the system has them.
    const QList<std::pair<QString, QString>> catalogs = {
        {u"saywho"_s, u":/i18n"_s},
        {u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)},
    };
    for (const auto &[name, dir] : catalogs) {
        auto *t = new QTranslator(this);
        // A language we do not have falls back to English, whose catalog holds the plural forms.
        const bool loaded =
            t->load(locale, name, u"_"_s, dir) || (name == u"saywho" && t->load(u"saywho_en"_s, dir));
        if (loaded) {
            QCoreApplication::installTranslator(t);
            m_translators.append(t);
        } else {
            delete t;
        }
    }
    if (m_translators.isEmpty()) {
        // No catalog for English: still tell the widgets, they may be coming back from another language.
        QEvent change(QEvent::LanguageChange);
        for (QWidget *w : QApplication::topLevelWidgets())
            QCoreApplication::sendEvent(w, &change);
    }
}

void LanguageManager::attach(QMenu *menu)
{
    m_menu = menu;
    m_group = new QActionGroup(this);
    m_group->setExclusive(true);
    const QStringList codes = QStringList{QString()} + available();
    for (const QString &code : codes) {
        QAction *a = menu->addAction(QString());
        a->setCheckable(true);
        a->setData(code);
        m_group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] { setLanguage(code); });
        if (code.isEmpty())
            menu->addSeparator();
    }
    retranslateMenu();
}

void LanguageManager::retranslateMenu()
{
    if (!m_menu)
        return;
    m_menu->setTitle(tr("&Language"));
    for (QAction *a : m_group->actions()) {
        const QString code = a->data().toString();
        // Each language is named in itself, so a reader lost in a foreign UI finds their own.
        static const QHash<QString, QString> names = {
            {u"en"_s, u"English"_s}, {u"de"_s, u"Deutsch"_s}, {u"fr"_s, u"Français"_s}};
        a->setText(code.isEmpty() ? tr("System Default") : names.value(code, code));
        a->setChecked(code == m_code);
    }
}

} // namespace saywho::ui
