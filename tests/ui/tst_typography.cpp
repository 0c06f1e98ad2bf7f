// The reading measure and leading follow the font actually used (DejaVu, or URW's P052 and Nimbus
// Sans where installed), and speaker mentions keep an emphasis weight the font has.
#include "view/articleview.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QFontDatabase>
#include <QFontInfo>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace saywho;

class TestTypography final : public QObject
{
    Q_OBJECT

private slots:
    void measureAndLeading_data()
    {
        QTest::addColumn<int>("font");
        QTest::newRow("serif") << int(ui::ArticleView::BodyFont::Serif);
        QTest::newRow("sans") << int(ui::ArticleView::BodyFont::Sans);
    }

    void measureAndLeading()
    {
        QFETCH(int, font);
        QFile sample(u"%1/resources/samples/biden-putin-summit.txt"_s.arg(QStringLiteral(SAYWHO_SOURCE_DIR)));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        ui::ArticleView view;
        view.resize(1500, 900);
        view.setBodyFont(ui::ArticleView::BodyFont(font));
        view.setArticle(QString::fromUtf8(sample.readAll()), 0);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QFont used = view.document()->defaultFont();
        qInfo() << "font:" << QFontInfo(used).family();
        // The longest paragraph's full lines.
        QTextBlock longest;
        for (QTextBlock b = view.document()->begin(); b.isValid(); b = b.next())
            if (b.length() > longest.length())
                longest = b;
        view.document()->documentLayout()->blockBoundingRect(longest); // laid out
        QTextLayout *layout = longest.layout();
        QVERIFY(layout->lineCount() >= 3);
        double chars = 0;
        for (int i = 0; i < layout->lineCount() - 1; ++i)
            chars += layout->lineAt(i).textLength();
        chars /= layout->lineCount() - 1;
        QVERIFY2(chars >= 60 && chars <= 78, qPrintable(u"%1 characters a line"_s.arg(chars)));
        // Leading: one and a half ems of the font, whatever line gap the font declares.
        const double pitch = layout->lineAt(1).y() - layout->lineAt(0).y();
        const double em = QFontInfo(used).pixelSize();
        QVERIFY2(std::abs(pitch / em - 1.5) < 0.1,
                 qPrintable(u"line pitch %1 px for %2 px em"_s.arg(pitch).arg(em)));

        // Emphasis: a weight the family has, heavier than its regular.
        const QString family = QFontInfo(used).family();
        QList<int> weights;
        for (const QString &style : QFontDatabase::styles(family))
            weights.append(QFontDatabase::weight(family, style));
        QVERIFY(view.emphasisWeight() >= QFont::DemiBold);
        QVERIFY2(weights.contains(view.emphasisWeight()) || view.emphasisWeight() == QFont::Bold,
                 qPrintable(u"%1 not among %2"_s.arg(view.emphasisWeight()).arg(weights.size())));
    }
};

QTEST_MAIN(TestTypography)
#include "tst_typography.moc"
