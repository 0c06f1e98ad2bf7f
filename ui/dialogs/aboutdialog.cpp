#include "aboutdialog.h"

#include <QIcon>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace saywho::ui {

void AboutDialog::show(QWidget *parent)
{
    QMessageBox box(parent);
    box.setWindowTitle(tr("About SayWho"));
    box.setIconPixmap(QIcon(u":/icons/saywho.svg"_s).pixmap(96, 96));
    box.setTextFormat(Qt::RichText);
    box.setText(u"<h2>SayWho %1</h2><p>%2</p>"_s.arg(QCoreApplication::applicationVersion(),
                                                     tr("Who said what, and when, in news articles.")));
    box.setInformativeText(
        tr("<p>SayWho finds every quotation in an article, names its speaker, and resolves each date "
           "against the day the article was published.</p>"
           "<p>Speaker colours follow the Okabe–Ito palette, chosen to stay distinct for readers "
           "with colour-vision deficiencies.</p><p>Built with Qt %1.</p>")
            .arg(QString::fromLatin1(qVersion())));
    box.setStandardButtons(QMessageBox::Close);
    box.exec();
}

} // namespace saywho::ui
