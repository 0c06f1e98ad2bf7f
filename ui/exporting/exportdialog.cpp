#include "exportdialog.h"

#include "sourceview.h"

#include "allexporters.h"
#include "export/exportfile.h"
#include "export/qdpxexporter.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace saywho::ui {

namespace {

const QString Group = u"export"_s;

} // namespace

ExportDialog::ExportDialog(const core::Document &doc, QWidget *parent)
    : QDialog(parent), m_doc(doc), m_format(new QComboBox(this)),
      m_quotes(new QCheckBox(tr("&Quotations"), this)),
      m_people(new QCheckBox(tr("&People and organisations"), this)),
      m_dates(new QCheckBox(tr("&Dates"), this)),
      m_nonQuotes(new QCheckBox(tr("&Titles, scare quotes and nicknames"), this)),
      m_userOnly(new QCheckBox(tr("Only my &corrections"), this)), m_destination(new QLineEdit(this)),
      m_browse(new QPushButton(tr("&Browse…"), this)), m_preview(new SourceView(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export Article"));
    setObjectName(u"exportDialog"_s);
    m_format->setObjectName(u"exportFormat"_s);
    m_destination->setObjectName(u"exportDestination"_s);
    m_userOnly->setObjectName(u"exportUserOnly"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    for (const core::Exporter *e : render::allExporters().exporters())
        m_format->addItem(u"%1 (.%2)"_s.arg(e->title(), e->extension()), e->name());

    QSettings settings;
    settings.beginGroup(Group);
    const int format = m_format->findData(settings.value(u"format"_s, u"html"_s).toString());
    m_format->setCurrentIndex(std::max(0, format));
    m_quotes->setChecked(settings.value(u"quotes"_s, true).toBool());
    m_people->setChecked(settings.value(u"people"_s, true).toBool());
    m_dates->setChecked(settings.value(u"dates"_s, true).toBool());
    m_nonQuotes->setChecked(settings.value(u"nonQuotes"_s, true).toBool());
    m_userOnly->setChecked(settings.value(u"userOnly"_s, false).toBool());
    settings.endGroup();

    auto *include = new QVBoxLayout;
    for (QCheckBox *c : {m_quotes, m_people, m_dates, m_nonQuotes, m_userOnly}) {
        include->addWidget(c);
        connect(c, &QCheckBox::toggled, this, &ExportDialog::updatePreview);
    }
    auto *where = new QHBoxLayout;
    where->addWidget(m_destination, 1);
    where->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("Include:"), include);
    // A row of two widgets takes no buddy by itself: the label's shortcut goes to the path.
    auto *saveTo = new QLabel(tr("&Save to:"), this);
    saveTo->setBuddy(m_destination);
    form->addRow(saveTo, where);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    m_destination->setText(suggestedPath());
    updatePreview();
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 40);
}

const core::Exporter *ExportDialog::exporter() const
{
    return render::allExporters().find(m_format->currentData().toString());
}

core::ExportSelection ExportDialog::selection() const
{
    return {m_quotes->isChecked(), m_people->isChecked(), m_dates->isChecked(), m_nonQuotes->isChecked(),
            m_userOnly->isChecked()};
}

QString ExportDialog::destination() const
{
    return m_destination->text().trimmed();
}

void ExportDialog::setDestination(const QString &path)
{
    m_destination->setText(path);
}

QString ExportDialog::suggestedPath() const
{
    QSettings settings;
    const QString lastFolder = settings.value(Group + u"/folder"_s).toString();
    const QString folder = !lastFolder.isEmpty() ? lastFolder
                           : !m_doc.metadata().path.isEmpty() && !m_doc.metadata().path.startsWith(u':')
                               ? QFileInfo(m_doc.metadata().path).absolutePath()
                               : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString base = QFileInfo(m_doc.metadata().path).completeBaseName();
    if (base.isEmpty())
        base = tr("article");
    const core::Exporter *e = exporter();
    if (e && e->destination() == core::Exporter::Destination::Folder)
        return QDir(folder).filePath(base + u"-brat"_s);
    return QDir(folder).filePath(base + u'.' + (e ? e->extension() : QString()));
}

void ExportDialog::formatChanged()
{
    // Keep the folder and name the user chose; the extension follows the format.
    const QFileInfo fi(destination());
    const core::Exporter *e = exporter();
    if (!fi.fileName().isEmpty() && e) {
        QString base = fi.completeBaseName();
        if (base.endsWith(u"-brat"_s))
            base.chop(5);
        m_destination->setText(e->destination() == core::Exporter::Destination::Folder
                                   ? QDir(fi.path()).filePath(base + u"-brat"_s)
                                   : QDir(fi.path()).filePath(base + u'.' + e->extension()));
    }
    updatePreview();
}

QString ExportDialog::previewText() const
{
    const core::Exporter *e = exporter();
    if (!e)
        return {};
    const core::Document doc = core::selectForExport(m_doc, selection());
    if (e->name() == u"qdpx")
        return QString::fromUtf8(core::QdpxExporter::project(doc));
    if (e->destination() == core::Exporter::Destination::File)
        return {};
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!e->write(doc, buffer).ok())
        return {};
    if (e->name() == u"json") // one line on disk; indented to be read
        return QString::fromUtf8(QJsonDocument::fromJson(bytes).toJson(QJsonDocument::Indented));
    return QString::fromUtf8(bytes);
}

void ExportDialog::updatePreview()
{
    const core::Exporter *e = exporter();
    if (!e)
        return;
    const QString text = previewText();
    if (text.isEmpty())
        m_preview->setMessage(
            tr("%1 has no text to preview: it holds the highlighted article and the table of "
               "quotations.")
                .arg(e->title()));
    else
        m_preview->setSource(text, e->syntax());
}

void ExportDialog::browse()
{
    const core::Exporter *e = exporter();
    if (!e)
        return;
    QString path;
    if (e->destination() == core::Exporter::Destination::Folder)
        path =
            QFileDialog::getExistingDirectory(this, tr("Export to Folder"), QFileInfo(destination()).path());
    else
        path = QFileDialog::getSaveFileName(this, tr("Export Article"), destination(),
                                            u"%1 (*.%2)"_s.arg(e->title(), e->extension()));
    if (!path.isEmpty())
        m_destination->setText(QDir::toNativeSeparators(path));
}

void ExportDialog::remember() const
{
    QSettings settings;
    settings.beginGroup(Group);
    settings.setValue(u"format"_s, m_format->currentData().toString());
    settings.setValue(u"quotes"_s, m_quotes->isChecked());
    settings.setValue(u"people"_s, m_people->isChecked());
    settings.setValue(u"dates"_s, m_dates->isChecked());
    settings.setValue(u"nonQuotes"_s, m_nonQuotes->isChecked());
    settings.setValue(u"userOnly"_s, m_userOnly->isChecked());
    settings.setValue(u"folder"_s, QFileInfo(QDir::fromNativeSeparators(destination())).absolutePath());
    settings.endGroup();
}

bool ExportDialog::exportNow(QString *error)
{
    const core::Exporter *e = exporter();
    const QString path = QDir::fromNativeSeparators(destination());
    core::ExportResult r;
    if (!e || path.isEmpty()) {
        r = core::ExportResult::failure(tr("Choose where to save the export."));
    } else {
        const core::Document doc = core::selectForExport(m_doc, selection());
        if (e->destination() == core::Exporter::Destination::Folder) {
            QString base = QFileInfo(m_doc.metadata().path).completeBaseName();
            if (base.isEmpty())
                base = tr("article");
            r = e->writeFolder(doc, path, base);
        } else {
            r = core::exportToFile(*e, doc, path);
        }
    }
    if (error)
        *error = r.error;
    if (!r.ok())
        return false;
    remember();
    return true;
}

void ExportDialog::accept()
{
    QString error;
    if (!exportNow(&error)) {
        QMessageBox::warning(this, tr("Export Article"),
                             tr("The article could not be exported: %1").arg(error));
        return;
    }
    QDialog::accept();
}

} // namespace saywho::ui
