<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About SayWho</source>
        <translation>Über SayWho</translation>
    </message>
    <message>
        <source>Who said what, and when, in news articles.</source>
        <translation>Wer was wann gesagt hat – in Nachrichtenartikeln.</translation>
    </message>
    <message>
        <source>&lt;p&gt;SayWho finds every quotation in an article, names its speaker, and resolves each date against the day the article was published.&lt;/p&gt;&lt;p&gt;Speaker colours follow the Okabe–Ito palette, chosen to stay distinct for readers with colour-vision deficiencies.&lt;/p&gt;&lt;p&gt;Built with Qt %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;SayWho findet jedes Zitat in einem Artikel, nennt die sprechende Person und löst jede Datumsangabe anhand des Erscheinungstags des Artikels auf.&lt;/p&gt;&lt;p&gt;Die Farben der Sprecher folgen der Okabe-Ito-Palette, die auch bei Farbsehschwächen unterscheidbar bleibt.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %1.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AnnotationTooltip</name>
    <message>
        <source>“%1” refers to %2</source>
        <translation>„%1“ bezieht sich auf %2</translation>
    </message>
    <message numerus="yes">
        <source>%n quotation(s) in this article</source>
        <translation>
            <numerusform>%n Zitat in diesem Artikel</numerusform>
            <numerusform>%n Zitate in diesem Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>Said by &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Gesagt von &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Speaker unknown</source>
        <translation>Sprecher unbekannt</translation>
    </message>
    <message>
        <source>through “%1”</source>
        <translation>über „%1“</translation>
    </message>
    <message>
        <source>partial quotation</source>
        <translation>Teilzitat</translation>
    </message>
    <message>
        <source>A title, not a quotation</source>
        <translation>Ein Titel, kein Zitat</translation>
    </message>
    <message>
        <source>Scare quotes, not a quotation</source>
        <translation>Distanzierende Anführungszeichen, kein Zitat</translation>
    </message>
    <message>
        <source>A nickname, not a quotation</source>
        <translation>Ein Spitzname, kein Zitat</translation>
    </message>
    <message>
        <source>Date: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Datum: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No publication date: relative dates stay unresolved.</source>
        <translation>Kein Erscheinungsdatum: relative Datumsangaben bleiben unaufgelöst.</translation>
    </message>
    <message>
        <source>A stage direction, not a quotation</source>
        <translation>Eine Regieanweisung, kein Zitat</translation>
    </message>
    <message>
        <source>in the headline</source>
        <translation>in der Schlagzeile</translation>
    </message>
    <message>
        <source>corrected by you</source>
        <translation>von Ihnen korrigiert</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>No article is open.</source>
        <translation>Kein Artikel geöffnet.</translation>
    </message>
</context>
<context>
    <name>RuleDescriptions</name>
    <message>
        <source>“…,” X said</source>
        <translation>„…“, sagte X</translation>
    </message>
    <message>
        <source>X said, “…”</source>
        <translation>X sagte: „…“</translation>
    </message>
    <message>
        <source>X said: “…”</source>
        <translation>X sagte mit Doppelpunkt: „…“</translation>
    </message>
    <message>
        <source>according to X</source>
        <translation>laut X</translation>
    </message>
    <message>
        <source>in a statement, X …</source>
        <translation>in einer Erklärung … X</translation>
    </message>
    <message>
        <source>speech verb in the same sentence</source>
        <translation>Sprechverb im selben Satz</translation>
    </message>
    <message>
        <source>subject before the quote</source>
        <translation>Subjekt vor dem Zitat</translation>
    </message>
    <message>
        <source>continues the previous quote</source>
        <translation>setzt das vorige Zitat fort</translation>
    </message>
    <message>
        <source>speaker of the paragraph</source>
        <translation>Sprecher des Absatzes</translation>
    </message>
    <message>
        <source>speaker of the previous paragraph</source>
        <translation>Sprecher des vorigen Absatzes</translation>
    </message>
    <message>
        <source>speaker of the previous sentence</source>
        <translation>Sprecher des vorigen Satzes</translation>
    </message>
    <message>
        <source>set by you</source>
        <translation>von Ihnen festgelegt</translation>
    </message>
    <message>
        <source>attributed by %1 (%2), confidence %3%</source>
        <translation>zugeordnet durch %1 (%2), Sicherheit %3 %</translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>usage: saywho --screenshot OUT.png FILE</source>
        <translation>Aufruf: saywho --screenshot AUSGABE.png DATEI</translation>
    </message>
    <message>
        <source>timed out while analysing</source>
        <translation>Zeitüberschreitung bei der Analyse</translation>
    </message>
    <message>
        <source>saywho: cannot write %1</source>
        <translation>saywho: %1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>saywho::app::ExportOutput</name>
    <message>
        <source>--format %1 writes one export per article: give --output FOLDER</source>
        <translation>--format %1 schreibt einen Export je Artikel: geben Sie --output ORDNER an</translation>
    </message>
    <message>
        <source>--format %1 is not text: give --output FILE</source>
        <translation>--format %1 ist kein Text: geben Sie --output DATEI an</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>saywho::app::Gui</name>
    <message>
        <source>See who said what, and when, in news articles.</source>
        <translation>Sehen, wer was wann in Nachrichtenartikeln gesagt hat.</translation>
    </message>
    <message>
        <source>Render the window with FILE open to a PNG and exit.</source>
        <translation>Das Fenster mit geöffneter DATEI als PNG speichern und beenden.</translation>
    </message>
    <message>
        <source>Articles to open.</source>
        <translation>Zu öffnende Artikel.</translation>
    </message>
    <message>
        <source>For the command-line analyser without a window: saywho analyze --help</source>
        <translation>Für die Analyse auf der Kommandozeile, ohne Fenster: saywho analyze --help</translation>
    </message>
    <message>
        <source>Open a window of its own, even when SayWho is running already.</source>
        <translation>Ein eigenes Fenster öffnen, auch wenn SayWho schon läuft.</translation>
    </message>
    <message>
        <source>The library file that keeps articles and corrections (default: the last one used, or library.sqlite in the application data folder).</source>
        <translation>Die Bibliotheksdatei mit Artikeln und Korrekturen (Vorgabe: die zuletzt benutzte oder library.sqlite im Anwendungsdatenordner).</translation>
    </message>
</context>
<context>
    <name>saywho::core</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(unknown speaker)</source>
        <translation>(unbekannter Sprecher)</translation>
    </message>
    <message>
        <source>speaker: %1</source>
        <translation>Sprecher: %1</translation>
    </message>
    <message>
        <source>by %1 (%2)</source>
        <translation>von %1 (%2)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the file is %1 MB; SayWho opens articles up to 50 MB</source>
        <translation>die Datei ist %1 MB groß; SayWho öffnet Artikel bis 50 MB</translation>
    </message>
</context>
<context>
    <name>saywho::core::BratReader</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>text-bound annotations with unreadable offsets</source>
        <translation>textgebundene Annotationen mit unlesbaren Positionen</translation>
    </message>
    <message>
        <source>%1 has offsets %2-%3 but its text has %4 characters: the .ann does not belong to this .txt</source>
        <translation>%1 hat die Positionen %2–%3, sein Text hat aber %4 Zeichen: die .ann gehört nicht zu dieser .txt</translation>
    </message>
    <message>
        <source>lines of kind %1</source>
        <translation>Zeilen der Art %1</translation>
    </message>
    <message>
        <source>%1: skipped %2</source>
        <translation>%1: %2 übersprungen</translation>
    </message>
</context>
<context>
    <name>saywho::core::DocumentCheck</name>
    <message>
        <source>[%1, %2) lies outside the text (%3 characters)</source>
        <translation>[%1, %2) liegt außerhalb des Textes (%3 Zeichen)</translation>
    </message>
    <message>
        <source>[%1, %2) is empty or reversed</source>
        <translation>[%1, %2) ist leer oder verkehrt herum</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>quote %1 overlaps the quote before it</source>
        <translation>Zitat %1 überschneidet sich mit dem Zitat davor</translation>
    </message>
    <message>
        <source>the cue of quote %1: %2</source>
        <translation>das Redeverb von Zitat %1: %2</translation>
    </message>
    <message>
        <source>quote %1 names a speaker (entity %2) that does not exist</source>
        <translation>Zitat %1 nennt einen Sprecher (Entität %2), den es nicht gibt</translation>
    </message>
    <message>
        <source>quote %1 names a speaker mention (%2) that does not exist</source>
        <translation>Zitat %1 nennt eine Sprechererwähnung (%2), die es nicht gibt</translation>
    </message>
    <message>
        <source>quote %1 continues a quote (%2) that does not exist</source>
        <translation>Zitat %1 setzt ein Zitat (%2) fort, das es nicht gibt</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>mention</source>
        <translation>Erwähnung</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>non-quote</source>
        <translation>Nicht-Zitat</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>removal</source>
        <translation>Entfernung</translation>
    </message>
    <message>
        <source>mention %1: its head lies outside it</source>
        <translation>Erwähnung %1: ihr Kern liegt außerhalb von ihr</translation>
    </message>
    <message>
        <source>mention %1 refers to an entity (%2) that does not exist</source>
        <translation>Erwähnung %1 verweist auf eine Entität (%2), die es nicht gibt</translation>
    </message>
    <message>
        <source>date %1: &quot;%2&quot; is not a TIMEX3 value of type %3</source>
        <translation>Datum %1: „%2“ ist kein TIMEX3-Wert vom Typ %3</translation>
    </message>
    <message>
        <source>%1: the id %2 lies outside 1 to %3</source>
        <translation>%1: die ID %2 liegt nicht zwischen 1 und %3</translation>
    </message>
    <message>
        <source>%1: the id %2 is used twice</source>
        <translation>%1: die ID %2 kommt zweimal vor</translation>
    </message>
</context>
<context>
    <name>saywho::core::DocumentJsonReader</name>
    <message>
        <source>written by a newer SayWho (format version %1; this SayWho reads up to version %2)</source>
        <translation>von einem neueren SayWho geschrieben (Formatversion %1; dieses SayWho liest bis Version %2)</translation>
    </message>
    <message>
        <source>not a SayWho JSON document (no &quot;saywho&quot;: %1 in it)</source>
        <translation>kein SayWho-JSON-Dokument (kein &quot;saywho&quot;: %1 darin)</translation>
    </message>
    <message>
        <source>the document has no text (exported before SayWho wrote it)</source>
        <translation>das Dokument enthält keinen Text (exportiert, bevor SayWho ihn schrieb)</translation>
    </message>
    <message>
        <source>inconsistent annotations: %1</source>
        <translation>widersprüchliche Annotationen: %1</translation>
    </message>
    <message>
        <source>the offset %1 is not a position in the text (%2 characters)</source>
        <translation>die Position %1 liegt nicht im Text (%2 Zeichen)</translation>
    </message>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation>kein JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>saywho::core::DocumentLoader</name>
    <message>
        <source>the text is empty</source>
        <translation>der Text ist leer</translation>
    </message>
    <message>
        <source>the address points to %1, not to a web page or a text</source>
        <translation>die Adresse verweist auf %1, nicht auf eine Webseite oder einen Text</translation>
    </message>
    <message>
        <source>the Markdown could not be read</source>
        <translation>das Markdown konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>saywho::core::Edit</name>
    <message>
        <source>There is no date d%1.</source>
        <translation>Es gibt kein Datum d%1.</translation>
    </message>
    <message>
        <source>The span overlaps date d%1; move or remove that one first.</source>
        <translation>Der Bereich überschneidet sich mit Datum d%1; verschieben oder entfernen Sie dieses zuerst.</translation>
    </message>
    <message>
        <source>No paragraph starts at %1.</source>
        <translation>Bei %1 beginnt kein Absatz.</translation>
    </message>
    <message>
        <source>The span %1–%2 is not a range inside the article (0–%3).</source>
        <translation>Der Bereich %1–%2 liegt nicht im Artikel (0–%3).</translation>
    </message>
    <message>
        <source>The span %1–%2 holds only white space.</source>
        <translation>Der Bereich %1–%2 enthält nur Leerraum.</translation>
    </message>
    <message>
        <source>There is no mention m%1.</source>
        <translation>Es gibt keine Erwähnung m%1.</translation>
    </message>
    <message>
        <source>There is no person or organisation e%1.</source>
        <translation>Es gibt keine Person oder Organisation e%1.</translation>
    </message>
    <message>
        <source>The span overlaps mention m%1; remove that one first.</source>
        <translation>Der Bereich überschneidet sich mit Erwähnung m%1; entfernen Sie diese zuerst.</translation>
    </message>
    <message>
        <source>An entity cannot be merged with itself.</source>
        <translation>Ein Eintrag kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <source>A person or organisation needs a name.</source>
        <translation>Eine Person oder Organisation braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is no quote q%1.</source>
        <translation>Es gibt kein Zitat q%1.</translation>
    </message>
    <message>
        <source>The span overlaps quote q%1; move or remove that one first.</source>
        <translation>Der Bereich überschneidet sich mit Zitat q%1; verschieben oder entfernen Sie dieses zuerst.</translation>
    </message>
    <message>
        <source>A speaker needs a name.</source>
        <translation>Ein Sprecher braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is no title or scare quote n%1.</source>
        <translation>Es gibt keinen Titel und keine distanzierenden Anführungszeichen n%1.</translation>
    </message>
    <message>
        <source>&quot;start&quot; and &quot;end&quot; (code points) are needed</source>
        <translation>&quot;start&quot; und &quot;end&quot; (Codepunkte) werden gebraucht</translation>
    </message>
    <message>
        <source>the span %1–%2 is not inside the article&apos;s %3 code points</source>
        <translation>der Bereich %1–%2 liegt nicht in den %3 Codepunkten des Artikels</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) is needed</source>
        <translation>&quot;%1&quot; (%2) wird gebraucht</translation>
    </message>
    <message>
        <source>a quote id such as q3</source>
        <translation>eine Zitatnummer wie q3</translation>
    </message>
    <message>
        <source>an entity id, a name, or null for nobody</source>
        <translation>eine Entitätsnummer, ein Name oder null für niemanden</translation>
    </message>
    <message>
        <source>there is no entity %1</source>
        <translation>es gibt keine Entität %1</translation>
    </message>
    <message>
        <source>&quot;kind&quot; is person, organization or group</source>
        <translation>&quot;kind&quot; ist person, organization oder group</translation>
    </message>
    <message>
        <source>&quot;kind&quot; is direct or partial</source>
        <translation>&quot;kind&quot; ist direct oder partial</translation>
    </message>
    <message>
        <source>a quote id, and direct or partial</source>
        <translation>eine Zitatnummer und direct oder partial</translation>
    </message>
    <message>
        <source>two entity ids such as e2</source>
        <translation>zwei Entitätsnummern wie e2</translation>
    </message>
    <message>
        <source>an entity id</source>
        <translation>eine Entitätsnummer</translation>
    </message>
    <message>
        <source>an entity id, and person, organization or group</source>
        <translation>eine Entitätsnummer und person, organization oder group</translation>
    </message>
    <message>
        <source>a mention id such as m5</source>
        <translation>eine Erwähnungsnummer wie m5</translation>
    </message>
    <message>
        <source>a date id such as t4</source>
        <translation>eine Datumsnummer wie t4</translation>
    </message>
    <message>
        <source>there is no date t%1</source>
        <translation>es gibt kein Datum t%1</translation>
    </message>
    <message>
        <source>&quot;type&quot; is DATE, TIME, DURATION or SET</source>
        <translation>&quot;type&quot; ist DATE, TIME, DURATION oder SET</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or null for unknown</source>
        <translation>JJJJ-MM-TT oder null für unbekannt</translation>
    </message>
    <message>
        <source>unknown op &quot;%1&quot;; the ops are %2</source>
        <translation>unbekannte op &quot;%1&quot;; die ops sind %2</translation>
    </message>
</context>
<context>
    <name>saywho::core::Export</name>
    <message>
        <source>brat standoff (.txt + .ann)</source>
        <translation>brat-Standoff (.txt + .ann)</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>CSV table of quotations</source>
        <translation>CSV-Tabelle der Zitate</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>HTML-Seite</translation>
    </message>
    <message>
        <source>SayWho JSON</source>
        <translation>SayWho-JSON</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>REFI-QDA project (MAXQDA, NVivo, ATLAS.ti)</source>
        <translation>REFI-QDA-Projekt (MAXQDA, NVivo, ATLAS.ti)</translation>
    </message>
    <message>
        <source>TEI P5 XML</source>
        <translation>TEI-P5-XML</translation>
    </message>
    <message>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation>W3C Web Annotation (JSON-LD)</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>OpenDocument-Text</translation>
    </message>
    <message>
        <source>the OpenDocument writer failed</source>
        <translation>das Schreiben des OpenDocument-Textes ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>the output refused the data</source>
        <translation>die Ausgabe nimmt die Daten nicht an</translation>
    </message>
</context>
<context>
    <name>saywho::core::Exporter</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the output refused the data</source>
        <translation>die Ausgabe nimmt die Daten nicht an</translation>
    </message>
</context>
<context>
    <name>saywho::core::HtmlEncoding</name>
    <message>
        <source>the page is not valid %1 as it declares; some characters are lost</source>
        <translation>die Seite ist nicht gültiges %1, wie sie angibt; einige Zeichen gehen verloren</translation>
    </message>
    <message>
        <source>the page does not say how it is encoded and is not UTF-8; read it as Windows-1252</source>
        <translation>die Seite nennt keine Kodierung und ist kein UTF-8; sie wird als Windows-1252 gelesen</translation>
    </message>
    <message>
        <source>the page declares the encoding &apos;%1&apos;, which is not one web pages may use; ignored</source>
        <translation>die Seite gibt die Kodierung „%1“ an, die Webseiten nicht verwenden dürfen; ignoriert</translation>
    </message>
    <message numerus="yes">
        <source>the page is UTF-8 with %n invalid byte sequence(s), the first at byte %1; they read as U+FFFD</source>
        <translation>
            <numerusform>die Seite ist UTF-8 mit %n ungültigen Bytefolge, an Byte %1; sie wird als U+FFFD gelesen</numerusform>
            <numerusform>die Seite ist UTF-8 mit %n ungültigen Bytefolgen, die erste an Byte %1; sie werden als U+FFFD gelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>saywho::core::HtmlExporter</name>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>speaker unknown</source>
        <translation>Sprecher unbekannt</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>title, scare quote, nickname</source>
        <translation>Titel, Distanzierung, Spitzname</translation>
    </message>
    <message>
        <source>person or organisation</source>
        <translation>Person oder Organisation</translation>
    </message>
    <message>
        <source>Quotations</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Ausdruck</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>saywho::core::HtmlImporter</name>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the page is %1 MB; SayWho opens pages up to 50 MB</source>
        <translation>die Seite ist %1 MB groß; SayWho öffnet Seiten bis 50 MB</translation>
    </message>
    <message>
        <source>the page is empty</source>
        <translation>die Seite ist leer</translation>
    </message>
    <message>
        <source>the file contains NUL bytes; it looks like a binary file, not a web page</source>
        <translation>die Datei enthält NUL-Bytes; sie scheint eine Binärdatei zu sein, keine Webseite</translation>
    </message>
    <message>
        <source>the page nests its elements more than %1 levels deep; it is not a readable article</source>
        <translation>die Seite verschachtelt ihre Elemente mehr als %1 Ebenen tief; sie ist kein lesbarer Artikel</translation>
    </message>
    <message>
        <source>the page could not be parsed</source>
        <translation>die Seite konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>found no article text in the page</source>
        <translation>auf der Seite wurde kein Artikeltext gefunden</translation>
    </message>
    <message>
        <source>an element of the page has more than %1 attributes; it is not a readable article</source>
        <translation>ein Element der Seite hat mehr als %1 Attribute; sie ist kein lesbarer Artikel</translation>
    </message>
</context>
<context>
    <name>saywho::core::MarkdownExporter</name>
    <message>
        <source>Quotations</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <source>speaker unknown</source>
        <translation>Sprecher unbekannt</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>korrigiert</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
</context>
<context>
    <name>saywho::core::PageMetadata</name>
    <message>
        <source>the page&apos;s %1 date %2 is implausible; ignored</source>
        <translation>das Datum %2 der Seite (%1) ist unplausibel; ignoriert</translation>
    </message>
</context>
<context>
    <name>saywho::core::SidecarMetadata</name>
    <message>
        <source>%1 is too large to be article metadata; ignored</source>
        <translation>%1 ist zu groß für Artikel-Metadaten; ignoriert</translation>
    </message>
    <message>
        <source>%1 is not a JSON object (%2); ignored</source>
        <translation>%1 ist kein JSON-Objekt (%2); ignoriert</translation>
    </message>
    <message>
        <source>%1: &quot;dct&quot; is not a date as YYYY-MM-DD; ignored</source>
        <translation>%1: „dct“ ist kein Datum im Format JJJJ-MM-TT; ignoriert</translation>
    </message>
    <message>
        <source>%1: &quot;dct&quot; %2 is implausible (before 1800 or in the future); ignored</source>
        <translation>%1: „dct“ %2 ist unplausibel (vor 1800 oder in der Zukunft); ignoriert</translation>
    </message>
</context>
<context>
    <name>saywho::core::TextDecoder</name>
    <message>
        <source>the file is %1 MB; SayWho opens articles up to 50 MB</source>
        <translation>die Datei ist %1 MB groß; SayWho öffnet Artikel bis 50 MB</translation>
    </message>
    <message>
        <source>the file is marked as UTF-16 but is not valid UTF-16</source>
        <translation>die Datei ist als UTF-16 gekennzeichnet, aber kein gültiges UTF-16</translation>
    </message>
    <message>
        <source>the file contains NUL characters; it looks like a binary file</source>
        <translation>die Datei enthält NUL-Zeichen; sie scheint eine Binärdatei zu sein</translation>
    </message>
    <message>
        <source>the file contains no text</source>
        <translation>die Datei enthält keinen Text</translation>
    </message>
    <message>
        <source>the file contains NUL bytes; it looks like a binary file, not text</source>
        <translation>die Datei enthält NUL-Bytes; sie scheint eine Binärdatei zu sein, kein Text</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8; read it as Windows-1252</source>
        <translation>die Datei ist kein gültiges UTF-8; sie wird als Windows-1252 gelesen</translation>
    </message>
    <message>
        <source>the file contains only white space</source>
        <translation>die Datei enthält nur Leerraum</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the file has no byte order mark; read it as %1 by its pattern of NUL bytes</source>
        <translation>die Datei hat keine Bytereihenfolge-Markierung; nach dem Muster ihrer NUL-Bytes als %1 gelesen</translation>
    </message>
    <message numerus="yes">
        <source>the file is UTF-8 with %n invalid byte sequence(s), the first at byte %1; they read as U+FFFD</source>
        <translation>
            <numerusform>die Datei ist UTF-8 mit %n ungültigen Bytefolge, an Byte %1; sie wird als U+FFFD gelesen</numerusform>
            <numerusform>die Datei ist UTF-8 mit %n ungültigen Bytefolgen, die erste an Byte %1; sie werden als U+FFFD gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>SayWho cannot read the encoding %1</source>
        <translation>SayWho kann die Kodierung %1 nicht lesen</translation>
    </message>
    <message>
        <source>the file is not valid %1; some characters read as U+FFFD</source>
        <translation>die Datei ist kein gültiges %1; einige Zeichen werden als U+FFFD gelesen</translation>
    </message>
    <message>
        <source>read as %1, the file contains NUL characters; it is not text in that encoding</source>
        <translation>als %1 gelesen, enthält die Datei NUL-Zeichen; sie ist kein Text in dieser Kodierung</translation>
    </message>
</context>
<context>
    <name>saywho::core::TextReport</name>
    <message>
        <source>(pasted text)</source>
        <translation>(eingefügter Text)</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Titel: %1</translation>
    </message>
    <message>
        <source>Publication date: %1 (%2)</source>
        <translation>Veröffentlichungsdatum: %1 (%2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>Headline quotes (%n):</source>
        <translation>
            <numerusform>Zitate in der Überschrift (%n):</numerusform>
            <numerusform>Zitate in der Überschrift (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quotes (%n):</source>
        <translation>
            <numerusform>Zitate (%n):</numerusform>
            <numerusform>Zitate (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Not quotations:</source>
        <translation>Keine Zitate:</translation>
    </message>
    <message>
        <source>People and organisations:</source>
        <translation>Personen und Organisationen:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Daten:</translation>
    </message>
</context>
<context>
    <name>saywho::core::Timex3</name>
    <message>
        <source>A date needs a value.</source>
        <translation>Ein Datum braucht einen Wert.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a TIMEX3 date: write YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, YYYY-Qn, a season (2022-SU) or PRESENT_REF, PAST_REF, FUTURE_REF; X for unknown digits.</source>
        <translation>„%1“ ist kein TIMEX3-Datum: schreiben Sie YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, YYYY-Qn, eine Jahreszeit (2022-SU) oder PRESENT_REF, PAST_REF, FUTURE_REF; X für unbekannte Ziffern.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a TIMEX3 time: write a date followed by T and hh:mm, or by a part of the day (TMO, TAF, TEV, TNI), as in 2022-02-20T14:30 or 2022-02-20TNI.</source>
        <translation>„%1“ ist keine TIMEX3-Uhrzeit: schreiben Sie ein Datum, gefolgt von T und hh:mm oder einer Tageszeit (TMO, TAF, TEV, TNI), etwa 2022-02-20T14:30 oder 2022-02-20TNI.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a TIMEX3 duration: write P followed by amounts, as in P3D, P2Y6M, PT4H or P1W; X for an unknown amount (PXY).</source>
        <translation>„%1“ ist keine TIMEX3-Dauer: schreiben Sie P, gefolgt von Mengen, etwa P3D, P2Y6M, PT4H oder P1W; X für eine unbekannte Menge (PXY).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a TIMEX3 set value: write a period (P1W) or a recurring date (XXXX-WXX-1).</source>
        <translation>„%1“ ist kein TIMEX3-Wiederholungswert: schreiben Sie einen Zeitraum (P1W) oder ein wiederkehrendes Datum (XXXX-WXX-1).</translation>
    </message>
    <message>
        <source>Unknown date type.</source>
        <translation>Unbekannter Datumstyp.</translation>
    </message>
</context>
<context>
    <name>saywho::net::UrlFetcher</name>
    <message>
        <source>&apos;%1&apos; is not a web address</source>
        <translation>„%1“ ist keine Webadresse</translation>
    </message>
    <message>
        <source>only http and https addresses can be opened, not %1:</source>
        <translation>nur http- und https-Adressen lassen sich öffnen, nicht %1:</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no server</source>
        <translation>„%1“ nennt keinen Server</translation>
    </message>
    <message>
        <source>the page is %1 MB; SayWho fetches pages up to %2 MB</source>
        <translation>die Seite ist %1 MB groß; SayWho lädt Seiten bis %2 MB</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the page is larger than %1 MB; SayWho fetches pages up to that size</source>
        <translation>die Seite ist größer als %1 MB; SayWho lädt Seiten nur bis zu dieser Größe</translation>
    </message>
    <message>
        <source>the server redirected to an address SayWho does not open: %1</source>
        <translation>der Server leitete auf eine Adresse um, die SayWho nicht öffnet: %1</translation>
    </message>
    <message>
        <source>too many redirects (more than %1)</source>
        <translation>zu viele Weiterleitungen (mehr als %1)</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 seconds</source>
        <translation>keine Antwort von %1 innerhalb von %2 Sekunden</translation>
    </message>
    <message>
        <source>%1 did not send the whole page within %2 seconds</source>
        <translation>%1 hat die Seite nicht innerhalb von %2 Sekunden vollständig gesendet</translation>
    </message>
    <message>
        <source>the server answered %1 %2 for %3</source>
        <translation>der Server antwortete %1 %2 für %3</translation>
    </message>
    <message>
        <source>cannot find the server %1</source>
        <translation>der Server %1 wurde nicht gefunden</translation>
    </message>
    <message>
        <source>%1 refused the connection</source>
        <translation>%1 hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>the secure connection to %1 failed: %2</source>
        <translation>die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>cannot fetch %1: %2</source>
        <translation>%1 kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>the server answered %1 without a page</source>
        <translation>der Server antwortete %1 ohne Seite</translation>
    </message>
    <message>
        <source>the server sent an empty page</source>
        <translation>der Server hat eine leere Seite gesendet</translation>
    </message>
</context>
<context>
    <name>saywho::render::ArticleTextDocument</name>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Quotations</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
</context>
<context>
    <name>saywho::store::BackupKeeper</name>
    <message>
        <source>The library failed its integrity check (%1); no backup was made.</source>
        <translation>Die Bibliothek hat die Integritätsprüfung nicht bestanden (%1); es wurde keine Sicherung angelegt.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Der Sicherungsordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1.</source>
        <translation>Die Sicherung %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot move the damaged library %1 aside.</source>
        <translation>Die beschädigte Bibliothek %1 kann nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>Cannot copy the backup %1 to %2.</source>
        <translation>Die Sicherung %1 kann nicht nach %2 kopiert werden.</translation>
    </message>
</context>
<context>
    <name>saywho::store::Library</name>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open the library %1: %2</source>
        <translation>Die Bibliothek %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The library %1 is busy: another SayWho is writing to it. Try again in a moment.</source>
        <translation>Die Bibliothek %1 ist belegt: Ein anderes SayWho schreibt gerade hinein. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>%1 is not a SayWho library (SQLite says: %2).</source>
        <translation>%1 ist keine SayWho-Bibliothek (SQLite meldet: %2).</translation>
    </message>
    <message>
        <source>The library %1 was written by a newer SayWho (library version %2; this SayWho reads up to version %3). It was left untouched.</source>
        <translation>Die Bibliothek %1 wurde von einem neueren SayWho geschrieben (Bibliotheksversion %2; dieses SayWho liest bis Version %3). Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The library %1 is damaged: %2</source>
        <translation>Die Bibliothek %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>its tables are missing</source>
        <translation>ihre Tabellen fehlen</translation>
    </message>
    <message>
        <source>Cannot write to the library %1: %2</source>
        <translation>In die Bibliothek %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot bring the library %1 up to date: %2</source>
        <translation>Die Bibliothek %1 kann nicht auf den neuen Stand gebracht werden: %2</translation>
    </message>
    <message>
        <source>The stored text of article %1 does not match its map.</source>
        <translation>Der gespeicherte Text von Artikel %1 passt nicht zu seiner Zuordnung.</translation>
    </message>
    <message>
        <source>The annotations of article %1 in the library contradict each other: %2</source>
        <translation>Die Annotationen von Artikel %1 in der Bibliothek widersprechen einander: %2</translation>
    </message>
</context>
<context>
    <name>saywho::store::SchemaMigrator</name>
    <message>
        <source>This library was written by a newer SayWho (library version %1; this SayWho reads up to version %2). It was left untouched.</source>
        <translation>Diese Bibliothek wurde von einem neueren SayWho geschrieben (Bibliotheksversion %1; dieses SayWho liest bis Version %2). Sie wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>saywho::ui::Actions</name>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open an article (plain text or Markdown)</source>
        <translation>Einen Artikel öffnen (Text oder Markdown)</translation>
    </message>
    <message>
        <source>&amp;New from Clipboard</source>
        <translation>&amp;Neu aus der Zwischenablage</translation>
    </message>
    <message>
        <source>Analyse the text on the clipboard as a new article</source>
        <translation>Den Text in der Zwischenablage als neuen Artikel analysieren</translation>
    </message>
    <message>
        <source>Open &amp;Sample Article</source>
        <translation>&amp;Beispielartikel öffnen</translation>
    </message>
    <message>
        <source>&amp;Close Article</source>
        <translation>Artikel &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>&amp;Quotations</source>
        <translation>&amp;Zitate</translation>
    </message>
    <message>
        <source>Tint each quotation in its speaker’s colour</source>
        <translation>Jedes Zitat in der Farbe seines Sprechers hinterlegen</translation>
    </message>
    <message>
        <source>&amp;Speakers</source>
        <translation>&amp;Sprecher</translation>
    </message>
    <message>
        <source>Show who is speaking: names in their colour</source>
        <translation>Zeigen, wer spricht: Namen in ihrer Farbe</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Daten</translation>
    </message>
    <message>
        <source>Underline dates and times</source>
        <translation>Datums- und Zeitangaben unterstreichen</translation>
    </message>
    <message>
        <source>&amp;Titles</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Mark titles and scare quotes, which are not quotations</source>
        <translation>Titel und distanzierende Anführungszeichen markieren, die keine Zitate sind</translation>
    </message>
    <message>
        <source>&amp;Next Quotation</source>
        <translation>&amp;Nächstes Zitat</translation>
    </message>
    <message>
        <source>&amp;Previous Quotation</source>
        <translation>&amp;Vorheriges Zitat</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>S&amp;erif Body Text</source>
        <translation>Fließtext mit S&amp;erifen</translation>
    </message>
    <message>
        <source>Sa&amp;ns-Serif Body Text</source>
        <translation>Fließtext &amp;ohne Serifen</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Eigenschaften…</translation>
    </message>
    <message>
        <source>Title, source and publication date of the article</source>
        <translation>Titel, Quelle und Erscheinungsdatum des Artikels</translation>
    </message>
    <message>
        <source>&amp;Analyse Again</source>
        <translation>Erneut &amp;analysieren</translation>
    </message>
    <message>
        <source>&amp;About SayWho</source>
        <translation>&amp;Über SayWho</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Show &amp;Everyone</source>
        <translation>Alle &amp;zeigen</translation>
    </message>
    <message>
        <source>Show every speaker’s quotations again</source>
        <translation>Wieder die Zitate aller Sprecher zeigen</translation>
    </message>
    <message>
        <source>Open &amp;URL…</source>
        <translation>&amp;URL öffnen…</translation>
    </message>
    <message>
        <source>Fetch a web page and open its article text</source>
        <translation>Eine Webseite laden und ihren Artikeltext öffnen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Save the article with its corrections as HTML, PDF, TEI, brat, CSV and more</source>
        <translation>Den Artikel mit seinen Korrekturen als HTML, PDF, TEI, brat, CSV und mehr speichern</translation>
    </message>
    <message>
        <source>Annotation &amp;Source</source>
        <translation>Annotations&amp;quelle</translation>
    </message>
    <message>
        <source>The article&apos;s annotations as SayWho&apos;s JSON</source>
        <translation>Die Annotationen des Artikels als SayWho-JSON</translation>
    </message>
</context>
<context>
    <name>saywho::ui::AnalysisStatus</name>
    <message>
        <source>reading</source>
        <translation>Datei lesen</translation>
    </message>
    <message>
        <source>paragraphs</source>
        <translation>Absätze</translation>
    </message>
    <message>
        <source>page furniture</source>
        <translation>Seitenelemente</translation>
    </message>
    <message>
        <source>words and sentences</source>
        <translation>Wörter und Sätze</translation>
    </message>
    <message>
        <source>quotations</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <source>kinds of quotation</source>
        <translation>Zitatarten</translation>
    </message>
    <message>
        <source>names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>people</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>speakers</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>Datumsangaben</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the analysis (Esc)</source>
        <translation>Die Analyse anhalten (Esc)</translation>
    </message>
    <message>
        <source>Analysing %1: %2 (%3 of %4)…</source>
        <translation>Analysiere %1: %2 (%3 von %4) …</translation>
    </message>
    <message>
        <source>Analysing %1…</source>
        <translation>Analysiere %1 …</translation>
    </message>
</context>
<context>
    <name>saywho::ui::AnnotationSourceDialog</name>
    <message>
        <source>Annotation Source</source>
        <translation>Annotationsquelle</translation>
    </message>
    <message>
        <source>Annotation Source — %1</source>
        <translation>Annotationsquelle — %1</translation>
    </message>
</context>
<context>
    <name>saywho::ui::ArticleLibraryLink</name>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>no library is open</source>
        <translation>keine Bibliothek geöffnet</translation>
    </message>
</context>
<context>
    <name>saywho::ui::ArticleOpener</name>
    <message>
        <source>Clipboard text</source>
        <translation>Text aus der Zwischenablage</translation>
    </message>
</context>
<context>
    <name>saywho::ui::ArticleSession</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Set Publication Date to %1</source>
        <translation>Erscheinungsdatum auf %1 setzen</translation>
    </message>
    <message>
        <source>Clear Publication Date</source>
        <translation>Erscheinungsdatum löschen</translation>
    </message>
    <message>
        <source>Include Paragraph in the Analysis</source>
        <translation>Absatz in die Analyse aufnehmen</translation>
    </message>
    <message>
        <source>Leave Paragraph Out of the Analysis</source>
        <translation>Absatz aus der Analyse lassen</translation>
    </message>
    <message>
        <source>Re-analyse</source>
        <translation>Neu analysieren</translation>
    </message>
</context>
<context>
    <name>saywho::ui::ArticleTab</name>
    <message>
        <source>Include This Paragraph in the Analysis</source>
        <translation>Diesen Absatz in die Analyse aufnehmen</translation>
    </message>
    <message>
        <source>Leave This Paragraph Out of the Analysis</source>
        <translation>Diesen Absatz aus der Analyse lassen</translation>
    </message>
</context>
<context>
    <name>saywho::ui::ArticleTabs</name>
    <message>
        <source>Open an article with Ctrl+O, paste one with Ctrl+Shift+V,
or drop a text file here.</source>
        <translation>Öffnen Sie einen Artikel mit Strg+O, fügen Sie einen mit Strg+Umschalt+V ein
oder ziehen Sie eine Textdatei hierher.</translation>
    </message>
</context>
<context>
    <name>saywho::ui::ArticleView</name>
    <message>
        <source>Preparing the text for display…</source>
        <translation>Der Text wird für die Anzeige vorbereitet …</translation>
    </message>
</context>
<context>
    <name>saywho::ui::CorrectionActions</name>
    <message>
        <source>Set &amp;Speaker…</source>
        <translation>&amp;Sprecher festlegen…</translation>
    </message>
    <message>
        <source>Speaker &amp;Unknown</source>
        <translation>Sprecher &amp;unbekannt</translation>
    </message>
    <message>
        <source>Mark Selection as &amp;Quote</source>
        <translation>Auswahl als &amp;Zitat markieren</translation>
    </message>
    <message>
        <source>Mark Selection as &amp;Partial Quote</source>
        <translation>Auswahl als &amp;Teilzitat markieren</translation>
    </message>
    <message>
        <source>&amp;Remove Quote</source>
        <translation>Zitat &amp;entfernen</translation>
    </message>
    <message>
        <source>Direct Quotation</source>
        <translation>Direktes Zitat</translation>
    </message>
    <message>
        <source>Partial Quotation</source>
        <translation>Teilzitat</translation>
    </message>
    <message>
        <source>Not a Quote: a &amp;Title</source>
        <translation>Kein Zitat: ein &amp;Titel</translation>
    </message>
    <message>
        <source>Not a Quote: a Scare &amp;Quote</source>
        <translation>Kein Zitat: &amp;distanzierende Anführungszeichen</translation>
    </message>
    <message>
        <source>Not a Quote: a &amp;Nickname</source>
        <translation>Kein Zitat: ein &amp;Spitzname</translation>
    </message>
    <message>
        <source>This Is a &amp;Quotation</source>
        <translation>Das ist ein &amp;Zitat</translation>
    </message>
    <message>
        <source>Quote Starts One Word Earlier</source>
        <translation>Zitat beginnt ein Wort früher</translation>
    </message>
    <message>
        <source>Quote Starts One Word Later</source>
        <translation>Zitat beginnt ein Wort später</translation>
    </message>
    <message>
        <source>Quote Ends One Word Earlier</source>
        <translation>Zitat endet ein Wort früher</translation>
    </message>
    <message>
        <source>Quote Ends One Word Later</source>
        <translation>Zitat endet ein Wort später</translation>
    </message>
    <message>
        <source>Mark Selection as Person or Organisation…</source>
        <translation>Auswahl als Person oder Organisation markieren…</translation>
    </message>
    <message>
        <source>Remove This Mention</source>
        <translation>Diese Erwähnung entfernen</translation>
    </message>
    <message>
        <source>Split Off as a New Person</source>
        <translation>Als neue Person abtrennen</translation>
    </message>
    <message>
        <source>&amp;Merge People</source>
        <translation>Personen &amp;zusammenführen</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Is a Person</source>
        <translation>Ist eine Person</translation>
    </message>
    <message>
        <source>Is an Organisation</source>
        <translation>Ist eine Organisation</translation>
    </message>
    <message>
        <source>Mark Selection as &amp;Date…</source>
        <translation>Auswahl als &amp;Datum markieren…</translation>
    </message>
    <message>
        <source>&amp;Edit Date…</source>
        <translation>Datum &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Remove Date</source>
        <translation>Datum entfernen</translation>
    </message>
    <message>
        <source>Quote &amp;Kind</source>
        <translation>Zitat&amp;art</translation>
    </message>
    <message>
        <source>Quote &amp;Boundaries</source>
        <translation>Zitat&amp;grenzen</translation>
    </message>
    <message>
        <source>Choose who said the current quote</source>
        <translation>Wählen, wer das aktuelle Zitat gesagt hat</translation>
    </message>
    <message>
        <source>Make the selected people one person</source>
        <translation>Die gewählten Personen zu einer zusammenführen</translation>
    </message>
</context>
<context>
    <name>saywho::ui::CorrectionController</name>
    <message>
        <source>Quote Kind</source>
        <translation>Zitatart</translation>
    </message>
    <message>
        <source>Quote Boundaries</source>
        <translation>Zitatgrenzen</translation>
    </message>
    <message>
        <source>Put the cursor on a quote, or choose one in the Quotations panel, to set its speaker.</source>
        <translation>Setzen Sie den Cursor auf ein Zitat oder wählen Sie eines in der Zitatliste, um den Sprecher festzulegen.</translation>
    </message>
    <message>
        <source>Set Speaker of “%1” to %2</source>
        <translation>Sprecher von „%1“: %2</translation>
    </message>
    <message>
        <source>Speaker of “%1” Unknown</source>
        <translation>Sprecher von „%1“ unbekannt</translation>
    </message>
    <message>
        <source>Select the words of the quotation in the article first.</source>
        <translation>Markieren Sie zuerst die Worte des Zitats im Artikel.</translation>
    </message>
    <message>
        <source>Add Quote “%1”</source>
        <translation>Zitat „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove Quote “%1”</source>
        <translation>Zitat „%1“ entfernen</translation>
    </message>
    <message>
        <source>Make Direct Quotation</source>
        <translation>Zum direkten Zitat machen</translation>
    </message>
    <message>
        <source>Make Partial Quotation</source>
        <translation>Zum Teilzitat machen</translation>
    </message>
    <message>
        <source>Not a Quote: “%1”</source>
        <translation>Kein Zitat: „%1“</translation>
    </message>
    <message>
        <source>Make “%1” a Quotation</source>
        <translation>„%1“ zum Zitat machen</translation>
    </message>
    <message>
        <source>Move Quote Start</source>
        <translation>Zitatanfang verschieben</translation>
    </message>
    <message>
        <source>Move Quote End</source>
        <translation>Zitatende verschieben</translation>
    </message>
    <message>
        <source>Select the name in the article first.</source>
        <translation>Markieren Sie zuerst den Namen im Artikel.</translation>
    </message>
    <message>
        <source>Who Is This?</source>
        <translation>Wer ist das?</translation>
    </message>
    <message>
        <source>Mark “%1” as %2</source>
        <translation>„%1“ als %2 markieren</translation>
    </message>
    <message>
        <source>Remove Mention “%1”</source>
        <translation>Erwähnung „%1“ entfernen</translation>
    </message>
    <message>
        <source>Split “%1” Off as a New Person</source>
        <translation>„%1“ als neue Person abtrennen</translation>
    </message>
    <message>
        <source>Select two or more people in the People panel to merge them.</source>
        <translation>Wählen Sie zwei oder mehr Personen in der Personenliste, um sie zusammenzuführen.</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>%1 zusammenführen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Name of this person or organisation:</source>
        <translation>Name dieser Person oder Organisation:</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Change Kind of %1</source>
        <translation>Art von %1 ändern</translation>
    </message>
    <message>
        <source>Select the date expression in the article first.</source>
        <translation>Markieren Sie zuerst den Datumsausdruck im Artikel.</translation>
    </message>
    <message>
        <source>Add Date “%1”</source>
        <translation>Datum „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Set “%1” to %2</source>
        <translation>„%1“ auf %2 setzen</translation>
    </message>
    <message>
        <source>Remove Date “%1”</source>
        <translation>Datum „%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>saywho::ui::CorrectionHistoryDialog</name>
    <message>
        <source>Correction History</source>
        <translation>Korrekturverlauf</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücknehmen</translation>
    </message>
    <message>
        <source>reverted</source>
        <translation>zurückgenommen</translation>
    </message>
    <message>
        <source>re-analysis</source>
        <translation>Neuanalyse</translation>
    </message>
    <message>
        <source>a revert</source>
        <translation>eine Rücknahme</translation>
    </message>
    <message>
        <source>Choose a correction to revert.</source>
        <translation>Wählen Sie eine Korrektur, die zurückgenommen werden soll.</translation>
    </message>
    <message>
        <source>“%1” cannot be reverted: what it changed was changed again since. Revert the later corrections first.</source>
        <translation>„%1“ kann nicht zurückgenommen werden: Was sie geändert hat, wurde seitdem erneut geändert. Nehmen Sie zuerst die späteren Korrekturen zurück.</translation>
    </message>
    <message>
        <source>Revert “%1”</source>
        <translation>„%1“ zurücknehmen</translation>
    </message>
</context>
<context>
    <name>saywho::ui::DateTableModel</name>
    <message>
        <source>%1, morning</source>
        <translation>%1, morgens</translation>
    </message>
    <message>
        <source>%1, afternoon</source>
        <translation>%1, nachmittags</translation>
    </message>
    <message>
        <source>%1, evening</source>
        <translation>%1, abends</translation>
    </message>
    <message>
        <source>%1, night</source>
        <translation>%1, nachts</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>week %1 of %2</source>
        <translation>Woche %1 von %2</translation>
    </message>
    <message>
        <source>weekend of week %1, %2</source>
        <translation>Wochenende der Woche %1, %2</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>in the past</source>
        <translation>in der Vergangenheit</translation>
    </message>
    <message>
        <source>in the future</source>
        <translation>in der Zukunft</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>recurring</source>
        <translation>wiederkehrend</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Ausdruck</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>a weekend</source>
        <translation>ein Wochenende</translation>
    </message>
</context>
<context>
    <name>saywho::ui::DateValueDialog</name>
    <message>
        <source>Edit Date</source>
        <translation>Datum bearbeiten</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Recurring (set)</source>
        <translation>Wiederkehrend</translation>
    </message>
    <message>
        <source>Expression:</source>
        <translation>Ausdruck:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Value (TIMEX3):</source>
        <translation>&amp;Wert (TIMEX3):</translation>
    </message>
    <message>
        <source>A valid value.</source>
        <translation>Ein gültiger Wert.</translation>
    </message>
</context>
<context>
    <name>saywho::ui::EncodingMenu</name>
    <message>
        <source>Could not read %1 as %2: %3</source>
        <translation>%1 konnte nicht als %2 gelesen werden: %3</translation>
    </message>
    <message>
        <source>Reloaded %1 as %2 and analysed it again.</source>
        <translation>%1 als %2 neu geladen und erneut analysiert.</translation>
    </message>
    <message>
        <source>%1 reads the same as %2: nothing changed, every correction kept.</source>
        <translation>%1 liest sich als %2 gleich: nichts geändert, alle Korrekturen bleiben.</translation>
    </message>
    <message>
        <source>Reload with Encoding</source>
        <translation>Mit Kodierung neu laden</translation>
    </message>
    <message>
        <source>Read as %1, the text of %2 changes.</source>
        <translation>Als %1 gelesen, ändert sich der Text von %2.</translation>
    </message>
    <message>
        <source>The corrections made in this tab apply to the old text and will be dropped. Reading it as an encoding that gives the same text keeps them.</source>
        <translation>Die Korrekturen in diesem Tab beziehen sich auf den alten Text und werden verworfen. Eine Kodierung, die denselben Text ergibt, behält sie.</translation>
    </message>
    <message>
        <source>Reload and Drop Corrections</source>
        <translation>Neu laden und Korrekturen verwerfen</translation>
    </message>
    <message>
        <source>Reload with &amp;Encoding</source>
        <translation>Mit &amp;Kodierung neu laden</translation>
    </message>
    <message>
        <source>Read the file again as %1 and analyse it again</source>
        <translation>Die Datei erneut als %1 lesen und neu analysieren</translation>
    </message>
</context>
<context>
    <name>saywho::ui::ExportDialog</name>
    <message>
        <source>&amp;Quotations</source>
        <translation>&amp;Zitate</translation>
    </message>
    <message>
        <source>&amp;People and organisations</source>
        <translation>&amp;Personen und Organisationen</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Daten</translation>
    </message>
    <message>
        <source>&amp;Titles, scare quotes and nicknames</source>
        <translation>&amp;Titel, Distanzierungen und Spitznamen</translation>
    </message>
    <message>
        <source>Only my &amp;corrections</source>
        <translation>Nur meine &amp;Korrekturen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Export Article</source>
        <translation>Artikel exportieren</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Enthalten:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Speichern unter:</translation>
    </message>
    <message>
        <source>article</source>
        <translation>artikel</translation>
    </message>
    <message>
        <source>%1 has no text to preview: it holds the highlighted article and the table of quotations.</source>
        <translation>%1 hat keinen Text für die Vorschau: Es enthält den hervorgehobenen Artikel und die Tabelle der Zitate.</translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Wählen Sie, wohin der Export gespeichert wird.</translation>
    </message>
    <message>
        <source>The article could not be exported: %1</source>
        <translation>Der Artikel konnte nicht exportiert werden: %1</translation>
    </message>
</context>
<context>
    <name>saywho::ui::FindBar</name>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find text in the article</source>
        <translation>Text im Artikel suchen</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>Find in the article</source>
        <translation>Im Artikel suchen</translation>
    </message>
    <message>
        <source>&amp;Match case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
</context>
<context>
    <name>saywho::ui::Handbook</name>
    <message>
        <source>SayWho &amp;Handbook</source>
        <translation>SayWho-&amp;Handbuch</translation>
    </message>
    <message>
        <source>How to read an article with SayWho, and every key</source>
        <translation>Wie man einen Artikel mit SayWho liest, und alle Tasten</translation>
    </message>
    <message>
        <source>SayWho Handbook</source>
        <translation>SayWho-Handbuch</translation>
    </message>
</context>
<context>
    <name>saywho::ui::HandbookBrowser</name>
    <message>
        <source>Keyboard Reference</source>
        <translation>Tastaturübersicht</translation>
    </message>
    <message>
        <source>Every command of the window that has a key, by menu. In the Find bar, Enter finds the next match and Esc closes it; in a panel, Ctrl+C copies the quotation of the current row.</source>
        <translation>Jeder Befehl des Fensters, der eine Taste hat, nach Menüs. In der Suchleiste findet die Eingabetaste den nächsten Treffer und Esc schließt sie; in einer Leiste kopiert Strg+C das Zitat der aktuellen Zeile.</translation>
    </message>
    <message>
        <source>Back to the handbook</source>
        <translation>Zurück zum Handbuch</translation>
    </message>
</context>
<context>
    <name>saywho::ui::HighlightedSource</name>
    <message>
        <source>This format has no syntax to colour.</source>
        <translation>Dieses Format hat keine Syntax zum Einfärben.</translation>
    </message>
    <message>
        <source>Plain text: neither kate-syntax-highlighter (package libkf5syntaxhighlighting-tools) nor ksyntaxhighlighter6 was found on PATH, so the preview is not coloured.</source>
        <translation>Reiner Text: Weder kate-syntax-highlighter (Paket libkf5syntaxhighlighting-tools) noch ksyntaxhighlighter6 wurde im PATH gefunden, daher ist die Vorschau nicht eingefärbt.</translation>
    </message>
    <message>
        <source>Plain text: %1 did not start.</source>
        <translation>Reiner Text: %1 ließ sich nicht starten.</translation>
    </message>
    <message>
        <source>Plain text: %1 failed.</source>
        <translation>Reiner Text: %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Plain text: %1 wrote no HTML.</source>
        <translation>Reiner Text: %1 hat kein HTML geschrieben.</translation>
    </message>
    <message>
        <source>The preview shows the first %1 KB.</source>
        <translation>Die Vorschau zeigt die ersten %1 KB.</translation>
    </message>
</context>
<context>
    <name>saywho::ui::LanguageManager</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Systemvorgabe</translation>
    </message>
</context>
<context>
    <name>saywho::ui::LegendWidget</name>
    <message>
        <source>speaker unknown  %1</source>
        <translation>Sprecher unbekannt  %1</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>title, not a quote</source>
        <translation>Titel, kein Zitat</translation>
    </message>
    <message>
        <source>Show everyone</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <source>No quotations found</source>
        <translation>Keine Zitate gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n more speaker(s)</source>
        <translation>
            <numerusform>%n weiterer Sprecher</numerusform>
            <numerusform>%n weitere Sprecher</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>saywho::ui::LibraryController</name>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>The library cannot be opened.</source>
        <translation>Die Bibliothek kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Your articles stay as they are. Until a library is open, corrections are not kept after the window closes.</source>
        <translation>Ihre Artikel bleiben, wie sie sind. Solange keine Bibliothek geöffnet ist, werden Korrekturen nach dem Schließen des Fensters nicht aufbewahrt.</translation>
    </message>
    <message>
        <source>Restore the Newest Backup</source>
        <translation>Neueste Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Open Another Library…</source>
        <translation>Andere Bibliothek öffnen…</translation>
    </message>
    <message>
        <source>Create a New Library…</source>
        <translation>Neue Bibliothek anlegen…</translation>
    </message>
    <message>
        <source>Continue Without a Library</source>
        <translation>Ohne Bibliothek fortfahren</translation>
    </message>
    <message>
        <source>The backup of %1 is open. The damaged library was kept as %2.</source>
        <translation>Die Sicherung vom %1 ist geöffnet. Die beschädigte Bibliothek wurde als %2 aufbewahrt.</translation>
    </message>
    <message>
        <source>SayWho libraries (*.sqlite)</source>
        <translation>SayWho-Bibliotheken (*.sqlite)</translation>
    </message>
    <message>
        <source>New Library</source>
        <translation>Neue Bibliothek</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>Bibliothek öffnen</translation>
    </message>
    <message>
        <source>No library: corrections are not kept</source>
        <translation>Keine Bibliothek: Korrekturen werden nicht aufbewahrt</translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s) not yet in the library</source>
        <translation>
            <numerusform>%n Korrektur noch nicht in der Bibliothek</numerusform>
            <numerusform>%n Korrekturen noch nicht in der Bibliothek</numerusform>
        </translation>
    </message>
    <message>
        <source>They are kept in memory and written as soon as the library can be written: %1</source>
        <translation>Sie werden im Speicher gehalten und geschrieben, sobald die Bibliothek wieder beschreibbar ist: %1</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>Bibliothek: %1</translation>
    </message>
    <message>
        <source>Every correction is written to %1 as you make it.</source>
        <translation>Jede Korrektur wird sofort nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>The library %1 failed its integrity check: %2</source>
        <translation>Die Bibliothek %1 hat die Integritätsprüfung nicht bestanden: %2</translation>
    </message>
</context>
<context>
    <name>saywho::ui::LibraryDock</name>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <source>Quotes by</source>
        <translation>Zitate von</translation>
    </message>
    <message>
        <source>Articles mentioning</source>
        <translation>Artikel über</translation>
    </message>
    <message>
        <source>Search the library (a &quot;phrase&quot; in double quotes)</source>
        <translation>Bibliothek durchsuchen (eine &quot;Wortfolge&quot; in doppelten Anführungszeichen)</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothek</translation>
    </message>
    <message>
        <source>No library is open (File → Open Library…).</source>
        <translation>Keine Bibliothek geöffnet (Datei → Bibliothek öffnen…).</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Korrekturen</translation>
    </message>
    <message>
        <source>Last opened</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Quote: %1</source>
        <translation>Zitat: %1</translation>
    </message>
    <message>
        <source>Text: %1</source>
        <translation>Text: %1</translation>
    </message>
    <message>
        <source>%1 quotes and %2 articles found</source>
        <translation>%1 Zitate und %2 Artikel gefunden</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nobody called “%1” in the library.</source>
        <translation>Niemand namens „%1“ in der Bibliothek.</translation>
    </message>
    <message>
        <source>%1 quotes by %2</source>
        <translation>%1 Zitate von %2</translation>
    </message>
    <message>
        <source>%1 articles mentioning %2</source>
        <translation>%1 Artikel erwähnen %2</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message numerus="yes">
        <source>%n people; select two to merge them, one to split it (right-click)</source>
        <translation>
            <numerusform>%n Person; zwei auswählen zum Zusammenführen, eine zum Aufteilen (Rechtsklick)</numerusform>
            <numerusform>%n Personen; zwei auswählen zum Zusammenführen, eine zum Aufteilen (Rechtsklick)</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge into “%1”</source>
        <translation>In „%1“ zusammenführen</translation>
    </message>
    <message>
        <source>Quotes by “%1”</source>
        <translation>Zitate von „%1“</translation>
    </message>
    <message>
        <source>Articles Mentioning “%1”</source>
        <translation>Artikel über „%1“</translation>
    </message>
    <message>
        <source>&amp;Split…</source>
        <translation>&amp;Aufteilen…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>„%1“ mit „%2“ zusammenführen</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n people into “%1”</source>
        <translation>
            <numerusform>%n Person mit „%1“ zusammenführen</numerusform>
            <numerusform>%n Personen mit „%1“ zusammenführen</numerusform>
        </translation>
    </message>
    <message>
        <source>Split “%1” off “%2”</source>
        <translation>„%1“ von „%2“ abtrennen</translation>
    </message>
    <message>
        <source>“%1” appears in one article only: there is nothing to split.</source>
        <translation>„%1“ kommt nur in einem Artikel vor: Es gibt nichts aufzuteilen.</translation>
    </message>
    <message>
        <source>The library did not take the change: %1</source>
        <translation>Die Bibliothek hat die Änderung nicht übernommen: %1</translation>
    </message>
</context>
<context>
    <name>saywho::ui::LibraryWindowPart</name>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Correction History</source>
        <translation>Korrekturverlauf</translation>
    </message>
    <message>
        <source>This article is not in a library, so it has no history beyond this session (Edit → History).</source>
        <translation>Dieser Artikel ist in keiner Bibliothek und hat daher keinen Verlauf über diese Sitzung hinaus (Bearbeiten → Verlauf).</translation>
    </message>
    <message>
        <source>Open &amp;Library…</source>
        <translation>&amp;Bibliothek öffnen…</translation>
    </message>
    <message>
        <source>New Li&amp;brary…</source>
        <translation>Neue Bi&amp;bliothek…</translation>
    </message>
    <message>
        <source>Correction &amp;History…</source>
        <translation>Korrektur&amp;verlauf…</translation>
    </message>
    <message>
        <source>Every correction of this article kept in the library, across sessions; revert any of them.</source>
        <translation>Jede Korrektur dieses Artikels aus der Bibliothek, über alle Sitzungen; jede lässt sich zurücknehmen.</translation>
    </message>
</context>
<context>
    <name>saywho::ui::MainWindow</name>
    <message>
        <source>%1 — SayWho</source>
        <translation>%1 – SayWho</translation>
    </message>
    <message>
        <source>SayWho</source>
        <translation>SayWho</translation>
    </message>
    <message>
        <source>Cannot Open Article</source>
        <translation>Artikel kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>SayWho could not open %1.</source>
        <translation>SayWho konnte %1 nicht öffnen.</translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation>Artikel öffnen</translation>
    </message>
    <message>
        <source>New from Clipboard</source>
        <translation>Neu aus der Zwischenablage</translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy an article first, then try again.</source>
        <translation>Die Zwischenablage enthält keinen Text. Kopieren Sie zuerst einen Artikel und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>%1 &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>%1 &amp;wiederholen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Highlight</source>
        <translation>&amp;Hervorheben</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>A&amp;rtikel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.markdown *.text *.html *.htm);;All files (*)</source>
        <translation>Artikel (*.txt *.md *.markdown *.text *.html *.htm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open URL</source>
        <translation>URL öffnen</translation>
    </message>
    <message>
        <source>Address of the article (http or https):</source>
        <translation>Adresse des Artikels (http oder https):</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Re-analysed: nothing changed; every correction kept.</source>
        <translation>Neu analysiert: nichts geändert; alle Korrekturen erhalten.</translation>
    </message>
    <message>
        <source>Re-analysed: automatic annotations changed: %1; every correction kept.</source>
        <translation>Neu analysiert: geänderte automatische Annotationen: %1; alle Korrekturen erhalten.</translation>
    </message>
    <message>
        <source>Could not apply: %1</source>
        <translation>Nicht anwendbar: %1</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Opening %1 cancelled.</source>
        <translation>Öffnen von %1 abgebrochen.</translation>
    </message>
    <message>
        <source>Re-analysis cancelled: the previous analysis stays.</source>
        <translation>Neuanalyse abgebrochen: die vorige Analyse bleibt.</translation>
    </message>
</context>
<context>
    <name>saywho::ui::PanelDocks</name>
    <message>
        <source>Quotations</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>&amp;Filter Panel</source>
        <translation>Leiste &amp;filtern</translation>
    </message>
    <message>
        <source>Type to filter the Quotations panel; again for People, then Dates</source>
        <translation>Tippen filtert die Leiste Zitate; noch einmal für Personen, dann Daten</translation>
    </message>
</context>
<context>
    <name>saywho::ui::Panels</name>
    <message>
        <source>Filter quotations</source>
        <translation>Zitate filtern</translation>
    </message>
    <message>
        <source>No quotations in this article.</source>
        <translation>Keine Zitate in diesem Artikel.</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Personen filtern</translation>
    </message>
    <message>
        <source>Nobody is named in this article.</source>
        <translation>In diesem Artikel wird niemand genannt.</translation>
    </message>
    <message>
        <source>Filter dates</source>
        <translation>Daten filtern</translation>
    </message>
    <message>
        <source>No dates in this article.</source>
        <translation>Keine Datumsangaben in diesem Artikel.</translation>
    </message>
</context>
<context>
    <name>saywho::ui::PeopleTableModel</name>
    <message>
        <source>anonymous source</source>
        <translation>anonyme Quelle</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <source>Also called</source>
        <translation>Auch genannt</translation>
    </message>
</context>
<context>
    <name>saywho::ui::PersonSplitDialog</name>
    <message>
        <source>Split “%1”</source>
        <translation>„%1“ aufteilen</translation>
    </message>
    <message>
        <source>Check the articles whose “%1” is someone else. Their mentions and quotes become a new library person.</source>
        <translation>Haken Sie die Artikel an, in denen „%1“ jemand anderes ist. Deren Erwähnungen und Zitate werden zu einer neuen Person der Bibliothek.</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>Genannt</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>&amp;New person’s name:</source>
        <translation>&amp;Name der neuen Person:</translation>
    </message>
    <message>
        <source>&amp;Split</source>
        <translation>&amp;Aufteilen</translation>
    </message>
    <message>
        <source>Check at least one article.</source>
        <translation>Haken Sie mindestens einen Artikel an.</translation>
    </message>
    <message>
        <source>Leave at least one article with “%1”; to rename everyone, rename the person in an article.</source>
        <translation>Lassen Sie mindestens einen Artikel bei „%1“; um alle umzubenennen, benennen Sie die Person in einem Artikel um.</translation>
    </message>
    <message>
        <source>Give the new person a name.</source>
        <translation>Geben Sie der neuen Person einen Namen.</translation>
    </message>
</context>
<context>
    <name>saywho::ui::PropertiesDialog</name>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>given on the command line</source>
        <translation>auf der Kommandozeile angegeben</translation>
    </message>
    <message>
        <source>read from the dateline</source>
        <translation>aus der Ortszeile gelesen</translation>
    </message>
    <message>
        <source>read from the page’s metadata</source>
        <translation>aus den Metadaten der Seite gelesen</translation>
    </message>
    <message>
        <source>set by you</source>
        <translation>von Ihnen festgelegt</translation>
    </message>
    <message>
        <source>Article Properties</source>
        <translation>Artikeleigenschaften</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>eingefügter Text</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Autor:</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Länge:</translation>
    </message>
    <message>
        <source>%1 characters, %2 paragraphs</source>
        <translation>%1 Zeichen, %2 Absätze</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>&amp;Erschienen:</translation>
    </message>
    <message>
        <source>Relative dates such as “last Sunday” are resolved against this date (%1).</source>
        <translation>Relative Angaben wie „letzten Sonntag“ werden anhand dieses Datums aufgelöst (%1).</translation>
    </message>
    <message>
        <source>The publication date is &amp;not known</source>
        <translation>Das Erscheinungsdatum ist &amp;nicht bekannt</translation>
    </message>
</context>
<context>
    <name>saywho::ui::QuoteClipboard</name>
    <message>
        <source>%1, %2</source>
        <comment>title, date</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <comment>date in a citation</comment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>an unattributed quotation</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>“%1” %2 said</source>
        <comment>a quotation ending in ? or !</comment>
        <translation>„%1“, sagte %2</translation>
    </message>
    <message>
        <source>“%1,” %2 said</source>
        <translation>„%1“, sagte %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>quotation (source)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Copy &amp;Quotation</source>
        <translation>Zitat &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the quotation with its speaker, the article and its date</source>
        <translation>Das Zitat mit Sprecher, Artikel und Datum kopieren</translation>
    </message>
</context>
<context>
    <name>saywho::ui::QuoteTableModel</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Named here as “%1”</source>
        <translation>Hier genannt als „%1“</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direkt</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>%1, headline</source>
        <translation>%1, Schlagzeile</translation>
    </message>
    <message>
        <source>In the headline, which often shortens or recases a quotation: exports list it apart from the article&apos;s own quotations</source>
        <translation>In der Schlagzeile, die ein Zitat oft kürzt oder anders schreibt: Exporte führen es getrennt von den Zitaten des Artikels</translation>
    </message>
</context>
<context>
    <name>saywho::ui::RecentFiles</name>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>saywho::ui::SpeakerPicker</name>
    <message>
        <source>Set Speaker</source>
        <translation>Sprecher festlegen</translation>
    </message>
    <message>
        <source>Name of a person or organisation</source>
        <translation>Name einer Person oder Organisation</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Sprecher:</translation>
    </message>
    <message>
        <source>&amp;New entry is a:</source>
        <translation>&amp;Neuer Eintrag ist:</translation>
    </message>
    <message>
        <source>Type a name; the article&apos;s people are offered as you type.</source>
        <translation>Geben Sie einen Namen ein; die Personen des Artikels werden beim Tippen angeboten.</translation>
    </message>
    <message>
        <source>The quote goes to %1, already in this article.</source>
        <translation>Das Zitat geht an %1, bereits in diesem Artikel.</translation>
    </message>
    <message>
        <source>Nobody of that name is in the article yet: a new entry is made.</source>
        <translation>Niemand dieses Namens ist bisher im Artikel: ein neuer Eintrag wird angelegt.</translation>
    </message>
</context>
<context>
    <name>saywho::ui::StatusSummary</name>
    <message numerus="yes">
        <source>%n quotation(s)</source>
        <translation>
            <numerusform>%n Zitat</numerusform>
            <numerusform>%n Zitate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n speaker(s)</source>
        <translation>
            <numerusform>%n Sprecher</numerusform>
            <numerusform>%n Sprecher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s)</source>
        <translation>
            <numerusform>%n Datum</numerusform>
            <numerusform>%n Daten</numerusform>
        </translation>
    </message>
    <message>
        <source>Analysed in %1 ms</source>
        <translation>Analysiert in %1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n quotation(s)</source>
        <translation>
            <numerusform>%1 von %n Zitat</numerusform>
            <numerusform>%1 von %n Zitaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n date(s)</source>
        <translation>
            <numerusform>%1 von %n Datum</numerusform>
            <numerusform>%1 von %n Daten</numerusform>
        </translation>
    </message>
</context>
</TS>
