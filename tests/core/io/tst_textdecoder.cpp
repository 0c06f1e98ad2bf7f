#include "io/textdecoder.h"

#include <QTemporaryFile>
#include <QTest>

using namespace Qt::StringLiterals;
using saywho::core::ReadError;
using saywho::core::TextDecoder;

class TestTextDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decodeAsTheEncodingChosen_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("warned");
        const QByteArray utf8 = "pr\xc3\xa9sident";
        QTest::newRow("utf-8 as utf-8") << utf8 << u"UTF-8"_s << u"pr\u00e9sident"_s << false;
        QTest::newRow("utf-8 as windows-1252")
            << utf8 << u"Windows-1252"_s << u"pr\u00c3\u00a9sident"_s << false;
        QTest::newRow("latin-9 euro") << QByteArray("10 \xa4") << u"ISO-8859-15"_s << u"10 \u20ac"_s << false;
        QTest::newRow("latin-1 as utf-8")
            << QByteArray("pr\xe9sident") << u"UTF-8"_s << u"pr\ufffdsident"_s << true;
        QTest::newRow("utf-16be, mark dropped")
            << QByteArray("\xfe\xff\x00H\x00i", 6) << u"UTF-16BE"_s << u"Hi"_s << false;
    }

    void decodeAsTheEncodingChosen()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QFETCH(QString, text);
        QFETCH(bool, warned);
        const saywho::core::DecodedText d = TextDecoder::decodeAs(bytes, encoding);
        QVERIFY2(d.ok(), qPrintable(d.message));
        QCOMPARE(d.text, text);
        QCOMPARE(d.encoding, encoding);
        QCOMPARE(!d.warnings.isEmpty(), warned);
    }

    void decodeAsRefusesWhatItCannotRead()
    {
        QVERIFY(!TextDecoder::decodeAs("abc", u"no-such-encoding"_s).ok());
        // Bytes that read as NUL characters are no text in that encoding.
        QCOMPARE(TextDecoder::decodeAs(QByteArray("\0\0\0a", 4), u"UTF-16BE"_s).error, ReadError::Binary);
        QVERIFY(TextDecoder::availableEncodings().startsWith(u"UTF-8"_s));
    }

    void decodes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<bool>("warns");
        QTest::newRow("utf8") << QByteArray("Psaki said \xE2\x80\x9Chi\xE2\x80\x9D") << u"Psaki said “hi”"_s
                              << u"UTF-8"_s << false;
        QTest::newRow("utf8 bom") << QByteArray("\xEF\xBB\xBFMacron") << u"Macron"_s << u"UTF-8 (BOM)"_s
                                  << false;
        QTest::newRow("utf16le bom") << QByteArray("\xFF\xFEH\0i\0", 6) << u"Hi"_s << u"UTF-16LE"_s << false;
        QTest::newRow("utf16be bom") << QByteArray("\xFE\xFF\0H\0i", 6) << u"Hi"_s << u"UTF-16BE"_s << false;
        QTest::newRow("cp1252 quotes") << QByteArray("\x93Yes,\x94 she said \x96 caf\xE9")
                                       << u"“Yes,” she said – café"_s << u"Windows-1252"_s << true;
        // One stray byte in a UTF-8 file damages one character, not every other one.
        QTest::newRow("utf8 with a stray byte")
            << QByteArray("\xE2\x80\x9CYes,\xE2\x80\x9D she said \xFF \xE2\x80\x9Cno\xE2\x80\x9D")
            << u"“Yes,” she said \uFFFD “no”"_s << u"UTF-8"_s << true;
        QTest::newRow("utf8 bom, then a bad byte")
            << QByteArray("\xEF\xBB\xBFTitle \xFF") << u"Title \uFFFD"_s << u"UTF-8 (BOM)"_s << true;
        QTest::newRow("utf16le without bom")
            << QByteArray("S\0h\0e\0 \0s\0a\0i\0d\0 \0\x1C\x20h\0i\0\x1D\x20", 26) << u"She said “hi”"_s
            << u"UTF-16LE"_s << true;
        QTest::newRow("utf16be without bom")
            << QByteArray("\0S\0h\0e\0 \0s\0a\0i\0d\0 \x20\x1C\0h\0i\x20\x1D", 26) << u"She said “hi”"_s
            << u"UTF-16BE"_s << true;
        QTest::newRow("surrogate in utf8 is broken")
            << QByteArray("a\xED\xA0\x80"
                          "b")
            << u"a\u00ED\u00A0\u20ACb"_s << u"Windows-1252"_s << true;
        QTest::newRow("truncated utf8 falls back")
            << QByteArray("na\xC3") << u"naÃ"_s << u"Windows-1252"_s << true;
    }
    void decodes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QFETCH(QString, encoding);
        QFETCH(bool, warns);
        const auto r = TextDecoder::decode(bytes);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.text, text);
        QCOMPARE(r.encoding, encoding);
        QCOMPARE(!r.warnings.isEmpty(), warns);
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("error");
        QTest::newRow("empty") << QByteArray() << int(ReadError::Empty);
        QTest::newRow("whitespace") << QByteArray(" \n\t\n") << int(ReadError::Empty);
        QTest::newRow("nul bytes") << QByteArray("ELF\0\0\x01", 6) << int(ReadError::Binary);
        QTest::newRow("oversized") << QByteArray(TextDecoder::MaxBytes + 1, 'a') << int(ReadError::TooLarge);
    }
    void refuses()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, error);
        const auto r = TextDecoder::decode(bytes);
        QCOMPARE(int(r.error), error);
        QVERIFY(!r.message.isEmpty());
        QVERIFY(!r.message.contains(u'\n'));
    }

    void warnsWithCountAndPosition()
    {
        const auto r = TextDecoder::decode(QByteArray("\xE2\x80\x9C"
                                                      "A\xE2\x80\x9D \xE2\x80\x9C"
                                                      "B\xE2\x80\x9D x\xFF"
                                                      "y\xC3"
                                                      "z"));
        QVERIFY(r.ok());
        QCOMPARE(r.encoding, u"UTF-8"_s);
        QCOMPARE(r.text, u"“A” “B” x\uFFFDy\uFFFDz"_s);
        QCOMPARE(r.warnings.size(), 1);
        QVERIFY2(r.warnings.first().contains(u" 2 "_s) && r.warnings.first().contains(u"byte 17"_s),
                 qPrintable(r.warnings.first()));
    }

    void readsFiles()
    {
        QTemporaryFile f;
        QVERIFY(f.open());
        f.write("“Hello,” he said.\r\n");
        f.close();
        const auto r = TextDecoder::readFile(f.fileName());
        QVERIFY(r.ok());
        QCOMPARE(r.text, u"“Hello,” he said.\r\n"_s);
        QCOMPARE(int(TextDecoder::readFile(u"/nonexistent/file.txt"_s).error), int(ReadError::CannotOpen));
        QCOMPARE(int(TextDecoder::readFile(u"/tmp"_s).error), int(ReadError::CannotOpen));
    }
};

QTEST_APPLESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
