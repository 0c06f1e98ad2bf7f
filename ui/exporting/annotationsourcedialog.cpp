#include "annotationsourcedialog.h"

#include "sourceview.h"

#include "export/jsonexporter.h"
#include "model/document.h"

#include <QBuffer>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace saywho::ui {

AnnotationSourceDialog::AnnotationSourceDialog(const core::Document &doc, QWidget *parent)
    : QDialog(parent), m_view(new SourceView(this))
{
    setObjectName(u"annotationSourceDialog"_s);
    const QString title = doc.metadata().title;
    setWindowTitle(title.isEmpty() ? tr("Annotation Source") : tr("Annotation Source — %1").arg(title));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    core::JsonExporter::write(doc, &buffer);
    m_view->setSource(QString::fromUtf8(QJsonDocument::fromJson(bytes).toJson(QJsonDocument::Indented)),
                      u"JSON"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 100, fontMetrics().height() * 40);
}

} // namespace saywho::ui
