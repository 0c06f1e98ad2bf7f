<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About SayWho</source>
        <translation>À propos de SayWho</translation>
    </message>
    <message>
        <source>Who said what, and when, in news articles.</source>
        <translation>Qui a dit quoi, et quand, dans les articles de presse.</translation>
    </message>
    <message>
        <source>&lt;p&gt;SayWho finds every quotation in an article, names its speaker, and resolves each date against the day the article was published.&lt;/p&gt;&lt;p&gt;Speaker colours follow the Okabe–Ito palette, chosen to stay distinct for readers with colour-vision deficiencies.&lt;/p&gt;&lt;p&gt;Built with Qt %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;SayWho trouve chaque citation d’un article, nomme la personne qui parle et résout chaque date par rapport au jour de publication de l’article.&lt;/p&gt;&lt;p&gt;Les couleurs des locuteurs suivent la palette d’Okabe et Ito, choisie pour rester distincte pour les lecteurs atteints d’un trouble de la vision des couleurs.&lt;/p&gt;&lt;p&gt;Construit avec Qt %1.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AnnotationTooltip</name>
    <message>
        <source>“%1” refers to %2</source>
        <translation>« %1 » désigne %2</translation>
    </message>
    <message numerus="yes">
        <source>%n quotation(s) in this article</source>
        <translation>
            <numerusform>%n citation dans cet article</numerusform>
            <numerusform>%n citations dans cet article</numerusform>
        </translation>
    </message>
    <message>
        <source>Said by &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Dit par &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Speaker unknown</source>
        <translation>Locuteur inconnu</translation>
    </message>
    <message>
        <source>through “%1”</source>
        <translation>par « %1 »</translation>
    </message>
    <message>
        <source>partial quotation</source>
        <translation>citation partielle</translation>
    </message>
    <message>
        <source>A title, not a quotation</source>
        <translation>Un titre, pas une citation</translation>
    </message>
    <message>
        <source>Scare quotes, not a quotation</source>
        <translation>Guillemets de distance, pas une citation</translation>
    </message>
    <message>
        <source>A nickname, not a quotation</source>
        <translation>Un surnom, pas une citation</translation>
    </message>
    <message>
        <source>Date: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Date : &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No publication date: relative dates stay unresolved.</source>
        <translation>Pas de date de publication : les dates relatives restent non résolues.</translation>
    </message>
    <message>
        <source>A stage direction, not a quotation</source>
        <translation>Une indication scénique, pas une citation</translation>
    </message>
    <message>
        <source>in the headline</source>
        <translation>dans le titre</translation>
    </message>
    <message>
        <source>corrected by you</source>
        <translation>corrigé par vous</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>No article is open.</source>
        <translation>Aucun article n’est ouvert.</translation>
    </message>
</context>
<context>
    <name>RuleDescriptions</name>
    <message>
        <source>“…,” X said</source>
        <translation>« … », a dit X</translation>
    </message>
    <message>
        <source>X said, “…”</source>
        <translation>X a dit, « … »</translation>
    </message>
    <message>
        <source>X said: “…”</source>
        <translation>X a dit : « … »</translation>
    </message>
    <message>
        <source>according to X</source>
        <translation>selon X</translation>
    </message>
    <message>
        <source>in a statement, X …</source>
        <translation>dans un communiqué, X …</translation>
    </message>
    <message>
        <source>speech verb in the same sentence</source>
        <translation>verbe de parole dans la même phrase</translation>
    </message>
    <message>
        <source>subject before the quote</source>
        <translation>sujet avant la citation</translation>
    </message>
    <message>
        <source>continues the previous quote</source>
        <translation>suite de la citation précédente</translation>
    </message>
    <message>
        <source>speaker of the paragraph</source>
        <translation>locuteur du paragraphe</translation>
    </message>
    <message>
        <source>speaker of the previous paragraph</source>
        <translation>locuteur du paragraphe précédent</translation>
    </message>
    <message>
        <source>speaker of the previous sentence</source>
        <translation>locuteur de la phrase précédente</translation>
    </message>
    <message>
        <source>set by you</source>
        <translation>défini par vous</translation>
    </message>
    <message>
        <source>attributed by %1 (%2), confidence %3%</source>
        <translation>attribuée par %1 (%2), confiance %3 %</translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>usage: saywho --screenshot OUT.png FILE</source>
        <translation>usage : saywho --screenshot SORTIE.png FICHIER</translation>
    </message>
    <message>
        <source>timed out while analysing</source>
        <translation>délai dépassé pendant l’analyse</translation>
    </message>
    <message>
        <source>saywho: cannot write %1</source>
        <translation>saywho : impossible d’écrire %1</translation>
    </message>
</context>
<context>
    <name>saywho::app::ExportOutput</name>
    <message>
        <source>--format %1 writes one export per article: give --output FOLDER</source>
        <translation>--format %1 écrit un export par article : indiquez --output DOSSIER</translation>
    </message>
    <message>
        <source>--format %1 is not text: give --output FILE</source>
        <translation>--format %1 n’est pas du texte : indiquez --output FICHIER</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>saywho::app::Gui</name>
    <message>
        <source>See who said what, and when, in news articles.</source>
        <translation>Voir qui a dit quoi, et quand, dans les articles de presse.</translation>
    </message>
    <message>
        <source>Render the window with FILE open to a PNG and exit.</source>
        <translation>Enregistrer la fenêtre avec FICHIER ouvert dans un PNG, puis quitter.</translation>
    </message>
    <message>
        <source>Articles to open.</source>
        <translation>Articles à ouvrir.</translation>
    </message>
    <message>
        <source>For the command-line analyser without a window: saywho analyze --help</source>
        <translation>Pour l’analyse en ligne de commande, sans fenêtre : saywho analyze --help</translation>
    </message>
    <message>
        <source>Open a window of its own, even when SayWho is running already.</source>
        <translation>Ouvrir une fenêtre à part, même si SayWho est déjà lancé.</translation>
    </message>
    <message>
        <source>The library file that keeps articles and corrections (default: the last one used, or library.sqlite in the application data folder).</source>
        <translation>Le fichier de bibliothèque qui garde articles et corrections (par défaut : le dernier utilisé, ou library.sqlite dans le dossier de données de l&apos;application).</translation>
    </message>
</context>
<context>
    <name>saywho::core</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>(unknown speaker)</source>
        <translation>(locuteur inconnu)</translation>
    </message>
    <message>
        <source>speaker: %1</source>
        <translation>locuteur : %1</translation>
    </message>
    <message>
        <source>by %1 (%2)</source>
        <translation>par %1 (%2)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file is %1 MB; SayWho opens articles up to 50 MB</source>
        <translation>le fichier fait %1 Mo ; SayWho ouvre les articles jusqu’à 50 Mo</translation>
    </message>
</context>
<context>
    <name>saywho::core::BratReader</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>text-bound annotations with unreadable offsets</source>
        <translation>annotations liées au texte aux positions illisibles</translation>
    </message>
    <message>
        <source>%1 has offsets %2-%3 but its text has %4 characters: the .ann does not belong to this .txt</source>
        <translation>%1 a les positions %2-%3 mais son texte compte %4 caractères : le .ann n’appartient pas à ce .txt</translation>
    </message>
    <message>
        <source>lines of kind %1</source>
        <translation>lignes de type %1</translation>
    </message>
    <message>
        <source>%1: skipped %2</source>
        <translation>%1 : %2 ignorées</translation>
    </message>
</context>
<context>
    <name>saywho::core::DocumentCheck</name>
    <message>
        <source>[%1, %2) lies outside the text (%3 characters)</source>
        <translation>[%1, %2) est hors du texte (%3 caractères)</translation>
    </message>
    <message>
        <source>[%1, %2) is empty or reversed</source>
        <translation>[%1, %2) est vide ou inversé</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
    <message>
        <source>quote %1 overlaps the quote before it</source>
        <translation>la citation %1 chevauche la citation précédente</translation>
    </message>
    <message>
        <source>the cue of quote %1: %2</source>
        <translation>le verbe introducteur de la citation %1 : %2</translation>
    </message>
    <message>
        <source>quote %1 names a speaker (entity %2) that does not exist</source>
        <translation>la citation %1 désigne un locuteur (entité %2) qui n’existe pas</translation>
    </message>
    <message>
        <source>quote %1 names a speaker mention (%2) that does not exist</source>
        <translation>la citation %1 désigne une mention du locuteur (%2) qui n’existe pas</translation>
    </message>
    <message>
        <source>quote %1 continues a quote (%2) that does not exist</source>
        <translation>la citation %1 poursuit une citation (%2) qui n’existe pas</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>entité</translation>
    </message>
    <message>
        <source>mention</source>
        <translation>mention</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>citation</translation>
    </message>
    <message>
        <source>non-quote</source>
        <translation>non-citation</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>removal</source>
        <translation>suppression</translation>
    </message>
    <message>
        <source>mention %1: its head lies outside it</source>
        <translation>mention %1 : son noyau est hors de la mention</translation>
    </message>
    <message>
        <source>mention %1 refers to an entity (%2) that does not exist</source>
        <translation>la mention %1 renvoie à une entité (%2) qui n’existe pas</translation>
    </message>
    <message>
        <source>date %1: &quot;%2&quot; is not a TIMEX3 value of type %3</source>
        <translation>date %1 : « %2 » n’est pas une valeur TIMEX3 de type %3</translation>
    </message>
    <message>
        <source>%1: the id %2 lies outside 1 to %3</source>
        <translation>%1 : l’identifiant %2 n’est pas entre 1 et %3</translation>
    </message>
    <message>
        <source>%1: the id %2 is used twice</source>
        <translation>%1 : l’identifiant %2 est utilisé deux fois</translation>
    </message>
</context>
<context>
    <name>saywho::core::DocumentJsonReader</name>
    <message>
        <source>written by a newer SayWho (format version %1; this SayWho reads up to version %2)</source>
        <translation>écrit par un SayWho plus récent (version de format %1 ; ce SayWho lit jusqu’à la version %2)</translation>
    </message>
    <message>
        <source>not a SayWho JSON document (no &quot;saywho&quot;: %1 in it)</source>
        <translation>pas un document JSON SayWho (aucun &quot;saywho&quot; : %1)</translation>
    </message>
    <message>
        <source>the document has no text (exported before SayWho wrote it)</source>
        <translation>le document n’a pas de texte (exporté avant que SayWho ne l’écrive)</translation>
    </message>
    <message>
        <source>inconsistent annotations: %1</source>
        <translation>annotations incohérentes : %1</translation>
    </message>
    <message>
        <source>the offset %1 is not a position in the text (%2 characters)</source>
        <translation>la position %1 n’est pas dans le texte (%2 caractères)</translation>
    </message>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation>pas du JSON (%1 à l’octet %2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
</context>
<context>
    <name>saywho::core::DocumentLoader</name>
    <message>
        <source>the text is empty</source>
        <translation>le texte est vide</translation>
    </message>
    <message>
        <source>the address points to %1, not to a web page or a text</source>
        <translation>l’adresse mène à %1, pas à une page web ni à un texte</translation>
    </message>
    <message>
        <source>the Markdown could not be read</source>
        <translation>le Markdown n’a pas pu être lu</translation>
    </message>
</context>
<context>
    <name>saywho::core::Edit</name>
    <message>
        <source>There is no date d%1.</source>
        <translation>Il n&apos;y a pas de date d%1.</translation>
    </message>
    <message>
        <source>The span overlaps date d%1; move or remove that one first.</source>
        <translation>La plage chevauche la date d%1 ; déplacez-la ou supprimez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>No paragraph starts at %1.</source>
        <translation>Aucun paragraphe ne commence à %1.</translation>
    </message>
    <message>
        <source>The span %1–%2 is not a range inside the article (0–%3).</source>
        <translation>La plage %1–%2 n&apos;est pas dans l&apos;article (0–%3).</translation>
    </message>
    <message>
        <source>The span %1–%2 holds only white space.</source>
        <translation>La plage %1–%2 ne contient que des espaces.</translation>
    </message>
    <message>
        <source>There is no mention m%1.</source>
        <translation>Il n&apos;y a pas de mention m%1.</translation>
    </message>
    <message>
        <source>There is no person or organisation e%1.</source>
        <translation>Il n&apos;y a pas de personne ou d&apos;organisation e%1.</translation>
    </message>
    <message>
        <source>The span overlaps mention m%1; remove that one first.</source>
        <translation>La plage chevauche la mention m%1 ; supprimez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>An entity cannot be merged with itself.</source>
        <translation>Une entrée ne peut pas être fusionnée avec elle-même.</translation>
    </message>
    <message>
        <source>A person or organisation needs a name.</source>
        <translation>Une personne ou une organisation a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <source>There is no quote q%1.</source>
        <translation>Il n&apos;y a pas de citation q%1.</translation>
    </message>
    <message>
        <source>The span overlaps quote q%1; move or remove that one first.</source>
        <translation>La plage chevauche la citation q%1 ; déplacez-la ou supprimez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>A speaker needs a name.</source>
        <translation>Un orateur a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <source>There is no title or scare quote n%1.</source>
        <translation>Il n&apos;y a pas de titre ni de guillemets de distance n%1.</translation>
    </message>
    <message>
        <source>&quot;start&quot; and &quot;end&quot; (code points) are needed</source>
        <translation>&quot;start&quot; et &quot;end&quot; (points de code) sont nécessaires</translation>
    </message>
    <message>
        <source>the span %1–%2 is not inside the article&apos;s %3 code points</source>
        <translation>l&apos;étendue %1–%2 n&apos;est pas dans les %3 points de code de l&apos;article</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) is needed</source>
        <translation>&quot;%1&quot; (%2) est nécessaire</translation>
    </message>
    <message>
        <source>a quote id such as q3</source>
        <translation>un identifiant de citation comme q3</translation>
    </message>
    <message>
        <source>an entity id, a name, or null for nobody</source>
        <translation>un identifiant d&apos;entité, un nom, ou null pour personne</translation>
    </message>
    <message>
        <source>there is no entity %1</source>
        <translation>il n&apos;y a pas d&apos;entité %1</translation>
    </message>
    <message>
        <source>&quot;kind&quot; is person, organization or group</source>
        <translation>&quot;kind&quot; vaut person, organization ou group</translation>
    </message>
    <message>
        <source>&quot;kind&quot; is direct or partial</source>
        <translation>&quot;kind&quot; vaut direct ou partial</translation>
    </message>
    <message>
        <source>a quote id, and direct or partial</source>
        <translation>un identifiant de citation, et direct ou partial</translation>
    </message>
    <message>
        <source>two entity ids such as e2</source>
        <translation>deux identifiants d&apos;entité comme e2</translation>
    </message>
    <message>
        <source>an entity id</source>
        <translation>un identifiant d&apos;entité</translation>
    </message>
    <message>
        <source>an entity id, and person, organization or group</source>
        <translation>un identifiant d&apos;entité, et person, organization ou group</translation>
    </message>
    <message>
        <source>a mention id such as m5</source>
        <translation>un identifiant de mention comme m5</translation>
    </message>
    <message>
        <source>a date id such as t4</source>
        <translation>un identifiant de date comme t4</translation>
    </message>
    <message>
        <source>there is no date t%1</source>
        <translation>il n&apos;y a pas de date t%1</translation>
    </message>
    <message>
        <source>&quot;type&quot; is DATE, TIME, DURATION or SET</source>
        <translation>&quot;type&quot; vaut DATE, TIME, DURATION ou SET</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or null for unknown</source>
        <translation>AAAA-MM-JJ, ou null pour inconnue</translation>
    </message>
    <message>
        <source>unknown op &quot;%1&quot;; the ops are %2</source>
        <translation>op inconnue &quot;%1&quot; ; les ops sont %2</translation>
    </message>
</context>
<context>
    <name>saywho::core::Export</name>
    <message>
        <source>brat standoff (.txt + .ann)</source>
        <translation>brat standoff (.txt + .ann)</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>CSV table of quotations</source>
        <translation>Tableau CSV des citations</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>Page HTML</translation>
    </message>
    <message>
        <source>SayWho JSON</source>
        <translation>JSON SayWho</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>REFI-QDA project (MAXQDA, NVivo, ATLAS.ti)</source>
        <translation>Projet REFI-QDA (MAXQDA, NVivo, ATLAS.ti)</translation>
    </message>
    <message>
        <source>TEI P5 XML</source>
        <translation>XML TEI P5</translation>
    </message>
    <message>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation>W3C Web Annotation (JSON-LD)</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>Texte OpenDocument</translation>
    </message>
    <message>
        <source>the OpenDocument writer failed</source>
        <translation>l’écriture du texte OpenDocument a échoué</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>the output refused the data</source>
        <translation>la sortie refuse les données</translation>
    </message>
</context>
<context>
    <name>saywho::core::Exporter</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>the output refused the data</source>
        <translation>la sortie refuse les données</translation>
    </message>
</context>
<context>
    <name>saywho::core::HtmlEncoding</name>
    <message>
        <source>the page is not valid %1 as it declares; some characters are lost</source>
        <translation>la page n’est pas en %1 valide comme elle le déclare ; certains caractères sont perdus</translation>
    </message>
    <message>
        <source>the page does not say how it is encoded and is not UTF-8; read it as Windows-1252</source>
        <translation>la page n’indique pas son encodage et n’est pas en UTF-8 ; lue comme Windows-1252</translation>
    </message>
    <message>
        <source>the page declares the encoding &apos;%1&apos;, which is not one web pages may use; ignored</source>
        <translation>la page déclare l’encodage « %1 », que les pages web ne peuvent pas utiliser ; ignoré</translation>
    </message>
    <message numerus="yes">
        <source>the page is UTF-8 with %n invalid byte sequence(s), the first at byte %1; they read as U+FFFD</source>
        <translation>
            <numerusform>la page est en UTF-8 avec %n séquence d’octets invalide, à l’octet %1 ; elle est lue comme U+FFFD</numerusform>
            <numerusform>la page est en UTF-8 avec %n séquences d’octets invalides, la première à l’octet %1 ; elles sont lues comme U+FFFD</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>saywho::core::HtmlExporter</name>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>speaker unknown</source>
        <translation>locuteur inconnu</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>title, scare quote, nickname</source>
        <translation>titre, guillemets de distance, surnom</translation>
    </message>
    <message>
        <source>person or organisation</source>
        <translation>personne ou organisation</translation>
    </message>
    <message>
        <source>Quotations</source>
        <translation>Citations</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Expression</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>saywho::core::HtmlImporter</name>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>the page is %1 MB; SayWho opens pages up to 50 MB</source>
        <translation>la page fait %1 Mo ; SayWho ouvre les pages jusqu’à 50 Mo</translation>
    </message>
    <message>
        <source>the page is empty</source>
        <translation>la page est vide</translation>
    </message>
    <message>
        <source>the file contains NUL bytes; it looks like a binary file, not a web page</source>
        <translation>le fichier contient des octets NUL ; il semble binaire, pas une page web</translation>
    </message>
    <message>
        <source>the page nests its elements more than %1 levels deep; it is not a readable article</source>
        <translation>la page imbrique ses éléments sur plus de %1 niveaux ; ce n’est pas un article lisible</translation>
    </message>
    <message>
        <source>the page could not be parsed</source>
        <translation>la page n’a pas pu être analysée</translation>
    </message>
    <message>
        <source>found no article text in the page</source>
        <translation>aucun texte d’article trouvé dans la page</translation>
    </message>
    <message>
        <source>an element of the page has more than %1 attributes; it is not a readable article</source>
        <translation>un élément de la page a plus de %1 attributs ; ce n’est pas un article lisible</translation>
    </message>
</context>
<context>
    <name>saywho::core::MarkdownExporter</name>
    <message>
        <source>Quotations</source>
        <translation>Citations</translation>
    </message>
    <message>
        <source>speaker unknown</source>
        <translation>locuteur inconnu</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>corrigé</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
</context>
<context>
    <name>saywho::core::PageMetadata</name>
    <message>
        <source>the page&apos;s %1 date %2 is implausible; ignored</source>
        <translation>la date %2 de la page (%1) n’est pas plausible ; ignorée</translation>
    </message>
</context>
<context>
    <name>saywho::core::SidecarMetadata</name>
    <message>
        <source>%1 is too large to be article metadata; ignored</source>
        <translation>%1 est trop volumineux pour des métadonnées d’article ; ignoré</translation>
    </message>
    <message>
        <source>%1 is not a JSON object (%2); ignored</source>
        <translation>%1 n’est pas un objet JSON (%2) ; ignoré</translation>
    </message>
    <message>
        <source>%1: &quot;dct&quot; is not a date as YYYY-MM-DD; ignored</source>
        <translation>%1 : « dct » n’est pas une date au format AAAA-MM-JJ ; ignoré</translation>
    </message>
    <message>
        <source>%1: &quot;dct&quot; %2 is implausible (before 1800 or in the future); ignored</source>
        <translation>%1 : « dct » %2 n’est pas plausible (avant 1800 ou dans le futur) ; ignoré</translation>
    </message>
</context>
<context>
    <name>saywho::core::TextDecoder</name>
    <message>
        <source>the file is %1 MB; SayWho opens articles up to 50 MB</source>
        <translation>le fichier fait %1 Mo ; SayWho ouvre les articles jusqu’à 50 Mo</translation>
    </message>
    <message>
        <source>the file is marked as UTF-16 but is not valid UTF-16</source>
        <translation>le fichier est marqué UTF-16 mais n’est pas en UTF-16 valide</translation>
    </message>
    <message>
        <source>the file contains NUL characters; it looks like a binary file</source>
        <translation>le fichier contient des caractères NUL ; il semble binaire</translation>
    </message>
    <message>
        <source>the file contains no text</source>
        <translation>le fichier ne contient pas de texte</translation>
    </message>
    <message>
        <source>the file contains NUL bytes; it looks like a binary file, not text</source>
        <translation>le fichier contient des octets NUL ; il semble binaire, pas textuel</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8; read it as Windows-1252</source>
        <translation>le fichier n’est pas en UTF-8 valide ; lu comme Windows-1252</translation>
    </message>
    <message>
        <source>the file contains only white space</source>
        <translation>le fichier ne contient que des espaces</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>the file has no byte order mark; read it as %1 by its pattern of NUL bytes</source>
        <translation>le fichier n’a pas d’indicateur d’ordre des octets ; lu comme %1 d’après la disposition de ses octets NUL</translation>
    </message>
    <message numerus="yes">
        <source>the file is UTF-8 with %n invalid byte sequence(s), the first at byte %1; they read as U+FFFD</source>
        <translation>
            <numerusform>le fichier est en UTF-8 avec %n séquence d’octets invalide, à l’octet %1 ; elle est lue comme U+FFFD</numerusform>
            <numerusform>le fichier est en UTF-8 avec %n séquences d’octets invalides, la première à l’octet %1 ; elles sont lues comme U+FFFD</numerusform>
        </translation>
    </message>
    <message>
        <source>SayWho cannot read the encoding %1</source>
        <translation>SayWho ne sait pas lire l’encodage %1</translation>
    </message>
    <message>
        <source>the file is not valid %1; some characters read as U+FFFD</source>
        <translation>le fichier n’est pas du %1 valide ; certains caractères sont lus comme U+FFFD</translation>
    </message>
    <message>
        <source>read as %1, the file contains NUL characters; it is not text in that encoding</source>
        <translation>lu en %1, le fichier contient des caractères NUL ; ce n’est pas du texte dans cet encodage</translation>
    </message>
</context>
<context>
    <name>saywho::core::TextReport</name>
    <message>
        <source>(pasted text)</source>
        <translation>(texte collé)</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Titre : %1</translation>
    </message>
    <message>
        <source>Publication date: %1 (%2)</source>
        <translation>Date de publication : %1 (%2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message numerus="yes">
        <source>Headline quotes (%n):</source>
        <translation>
            <numerusform>Citations du titre (%n) :</numerusform>
            <numerusform>Citations du titre (%n) :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quotes (%n):</source>
        <translation>
            <numerusform>Citations (%n) :</numerusform>
            <numerusform>Citations (%n) :</numerusform>
        </translation>
    </message>
    <message>
        <source>Not quotations:</source>
        <translation>Pas des citations :</translation>
    </message>
    <message>
        <source>People and organisations:</source>
        <translation>Personnes et organisations :</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Dates :</translation>
    </message>
</context>
<context>
    <name>saywho::core::Timex3</name>
    <message>
        <source>A date needs a value.</source>
        <translation>Une date a besoin d&apos;une valeur.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a TIMEX3 date: write YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, YYYY-Qn, a season (2022-SU) or PRESENT_REF, PAST_REF, FUTURE_REF; X for unknown digits.</source>
        <translation>« %1 » n&apos;est pas une date TIMEX3 : écrivez YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, YYYY-Qn, une saison (2022-SU) ou PRESENT_REF, PAST_REF, FUTURE_REF ; X pour un chiffre inconnu.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a TIMEX3 time: write a date followed by T and hh:mm, or by a part of the day (TMO, TAF, TEV, TNI), as in 2022-02-20T14:30 or 2022-02-20TNI.</source>
        <translation>« %1 » n&apos;est pas une heure TIMEX3 : écrivez une date suivie de T et hh:mm, ou d&apos;un moment de la journée (TMO, TAF, TEV, TNI), par exemple 2022-02-20T14:30 ou 2022-02-20TNI.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a TIMEX3 duration: write P followed by amounts, as in P3D, P2Y6M, PT4H or P1W; X for an unknown amount (PXY).</source>
        <translation>« %1 » n&apos;est pas une durée TIMEX3 : écrivez P suivi de quantités, par exemple P3D, P2Y6M, PT4H ou P1W ; X pour une quantité inconnue (PXY).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a TIMEX3 set value: write a period (P1W) or a recurring date (XXXX-WXX-1).</source>
        <translation>« %1 » n&apos;est pas une valeur de récurrence TIMEX3 : écrivez une période (P1W) ou une date récurrente (XXXX-WXX-1).</translation>
    </message>
    <message>
        <source>Unknown date type.</source>
        <translation>Type de date inconnu.</translation>
    </message>
</context>
<context>
    <name>saywho::net::UrlFetcher</name>
    <message>
        <source>&apos;%1&apos; is not a web address</source>
        <translation>« %1 » n’est pas une adresse web</translation>
    </message>
    <message>
        <source>only http and https addresses can be opened, not %1:</source>
        <translation>seules les adresses http et https peuvent être ouvertes, pas %1 :</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no server</source>
        <translation>« %1 » ne désigne aucun serveur</translation>
    </message>
    <message>
        <source>the page is %1 MB; SayWho fetches pages up to %2 MB</source>
        <translation>la page fait %1 Mo ; SayWho télécharge des pages jusqu’à %2 Mo</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>the page is larger than %1 MB; SayWho fetches pages up to that size</source>
        <translation>la page dépasse %1 Mo ; SayWho ne télécharge pas de pages plus grandes</translation>
    </message>
    <message>
        <source>the server redirected to an address SayWho does not open: %1</source>
        <translation>le serveur a redirigé vers une adresse que SayWho n’ouvre pas : %1</translation>
    </message>
    <message>
        <source>too many redirects (more than %1)</source>
        <translation>trop de redirections (plus de %1)</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 seconds</source>
        <translation>aucune réponse de %1 en %2 secondes</translation>
    </message>
    <message>
        <source>%1 did not send the whole page within %2 seconds</source>
        <translation>%1 n’a pas envoyé toute la page en %2 secondes</translation>
    </message>
    <message>
        <source>the server answered %1 %2 for %3</source>
        <translation>le serveur a répondu %1 %2 pour %3</translation>
    </message>
    <message>
        <source>cannot find the server %1</source>
        <translation>serveur %1 introuvable</translation>
    </message>
    <message>
        <source>%1 refused the connection</source>
        <translation>%1 a refusé la connexion</translation>
    </message>
    <message>
        <source>the secure connection to %1 failed: %2</source>
        <translation>la connexion sécurisée à %1 a échoué : %2</translation>
    </message>
    <message>
        <source>cannot fetch %1: %2</source>
        <translation>impossible de télécharger %1 : %2</translation>
    </message>
    <message>
        <source>the server answered %1 without a page</source>
        <translation>le serveur a répondu %1 sans page</translation>
    </message>
    <message>
        <source>the server sent an empty page</source>
        <translation>le serveur a envoyé une page vide</translation>
    </message>
</context>
<context>
    <name>saywho::render::ArticleTextDocument</name>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Quotations</source>
        <translation>Citations</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
</context>
<context>
    <name>saywho::store::BackupKeeper</name>
    <message>
        <source>The library failed its integrity check (%1); no backup was made.</source>
        <translation>La bibliothèque a échoué au contrôle d&apos;intégrité (%1) ; aucune sauvegarde n&apos;a été faite.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Impossible de créer le dossier de sauvegarde %1.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1.</source>
        <translation>Impossible d&apos;écrire la sauvegarde %1.</translation>
    </message>
    <message>
        <source>Cannot move the damaged library %1 aside.</source>
        <translation>Impossible de mettre de côté la bibliothèque endommagée %1.</translation>
    </message>
    <message>
        <source>Cannot copy the backup %1 to %2.</source>
        <translation>Impossible de copier la sauvegarde %1 vers %2.</translation>
    </message>
</context>
<context>
    <name>saywho::store::Library</name>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot open the library %1: %2</source>
        <translation>Impossible d&apos;ouvrir la bibliothèque %1 : %2</translation>
    </message>
    <message>
        <source>The library %1 is busy: another SayWho is writing to it. Try again in a moment.</source>
        <translation>La bibliothèque %1 est occupée : un autre SayWho y écrit. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>%1 is not a SayWho library (SQLite says: %2).</source>
        <translation>%1 n&apos;est pas une bibliothèque SayWho (SQLite dit : %2).</translation>
    </message>
    <message>
        <source>The library %1 was written by a newer SayWho (library version %2; this SayWho reads up to version %3). It was left untouched.</source>
        <translation>La bibliothèque %1 a été écrite par un SayWho plus récent (version %2 ; ce SayWho lit jusqu&apos;à la version %3). Elle n&apos;a pas été touchée.</translation>
    </message>
    <message>
        <source>The library %1 is damaged: %2</source>
        <translation>La bibliothèque %1 est endommagée : %2</translation>
    </message>
    <message>
        <source>its tables are missing</source>
        <translation>ses tables manquent</translation>
    </message>
    <message>
        <source>Cannot write to the library %1: %2</source>
        <translation>Impossible d&apos;écrire dans la bibliothèque %1 : %2</translation>
    </message>
    <message>
        <source>Cannot bring the library %1 up to date: %2</source>
        <translation>Impossible de mettre à jour la bibliothèque %1 : %2</translation>
    </message>
    <message>
        <source>The stored text of article %1 does not match its map.</source>
        <translation>Le texte enregistré de l&apos;article %1 ne correspond pas à sa table de correspondance.</translation>
    </message>
    <message>
        <source>The annotations of article %1 in the library contradict each other: %2</source>
        <translation>Les annotations de l’article %1 dans la bibliothèque se contredisent : %2</translation>
    </message>
</context>
<context>
    <name>saywho::store::SchemaMigrator</name>
    <message>
        <source>This library was written by a newer SayWho (library version %1; this SayWho reads up to version %2). It was left untouched.</source>
        <translation>Cette bibliothèque a été écrite par un SayWho plus récent (version %1 ; ce SayWho lit jusqu&apos;à la version %2). Elle n&apos;a pas été touchée.</translation>
    </message>
</context>
<context>
    <name>saywho::ui::Actions</name>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open an article (plain text or Markdown)</source>
        <translation>Ouvrir un article (texte brut ou Markdown)</translation>
    </message>
    <message>
        <source>&amp;New from Clipboard</source>
        <translation>&amp;Nouveau depuis le presse-papiers</translation>
    </message>
    <message>
        <source>Analyse the text on the clipboard as a new article</source>
        <translation>Analyser le texte du presse-papiers comme un nouvel article</translation>
    </message>
    <message>
        <source>Open &amp;Sample Article</source>
        <translation>Ouvrir l’article d’&amp;exemple</translation>
    </message>
    <message>
        <source>&amp;Close Article</source>
        <translation>&amp;Fermer l’article</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;Quotations</source>
        <translation>&amp;Citations</translation>
    </message>
    <message>
        <source>Tint each quotation in its speaker’s colour</source>
        <translation>Teinter chaque citation de la couleur de son locuteur</translation>
    </message>
    <message>
        <source>&amp;Speakers</source>
        <translation>&amp;Locuteurs</translation>
    </message>
    <message>
        <source>Show who is speaking: names in their colour</source>
        <translation>Montrer qui parle : les noms dans leur couleur</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Dates</translation>
    </message>
    <message>
        <source>Underline dates and times</source>
        <translation>Souligner les dates et les heures</translation>
    </message>
    <message>
        <source>&amp;Titles</source>
        <translation>&amp;Titres</translation>
    </message>
    <message>
        <source>Mark titles and scare quotes, which are not quotations</source>
        <translation>Marquer les titres et les guillemets de distance, qui ne sont pas des citations</translation>
    </message>
    <message>
        <source>&amp;Next Quotation</source>
        <translation>Citation &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous Quotation</source>
        <translation>Citation &amp;précédente</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>S&amp;erif Body Text</source>
        <translation>Texte avec &amp;empattements</translation>
    </message>
    <message>
        <source>Sa&amp;ns-Serif Body Text</source>
        <translation>Texte &amp;sans empattements</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Propriétés…</translation>
    </message>
    <message>
        <source>Title, source and publication date of the article</source>
        <translation>Titre, source et date de publication de l’article</translation>
    </message>
    <message>
        <source>&amp;Analyse Again</source>
        <translation>&amp;Analyser à nouveau</translation>
    </message>
    <message>
        <source>&amp;About SayWho</source>
        <translation>&amp;À propos de SayWho</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Show &amp;Everyone</source>
        <translation>Montrer &amp;tout le monde</translation>
    </message>
    <message>
        <source>Show every speaker’s quotations again</source>
        <translation>Montrer à nouveau les citations de tous les locuteurs</translation>
    </message>
    <message>
        <source>Open &amp;URL…</source>
        <translation>Ouvrir une &amp;URL…</translation>
    </message>
    <message>
        <source>Fetch a web page and open its article text</source>
        <translation>Télécharger une page web et ouvrir le texte de son article</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Save the article with its corrections as HTML, PDF, TEI, brat, CSV and more</source>
        <translation>Enregistrer l’article avec ses corrections en HTML, PDF, TEI, brat, CSV et plus</translation>
    </message>
    <message>
        <source>Annotation &amp;Source</source>
        <translation>&amp;Source des annotations</translation>
    </message>
    <message>
        <source>The article&apos;s annotations as SayWho&apos;s JSON</source>
        <translation>Les annotations de l’article en JSON SayWho</translation>
    </message>
</context>
<context>
    <name>saywho::ui::AnalysisStatus</name>
    <message>
        <source>reading</source>
        <translation>lecture du fichier</translation>
    </message>
    <message>
        <source>paragraphs</source>
        <translation>paragraphes</translation>
    </message>
    <message>
        <source>page furniture</source>
        <translation>éléments de page</translation>
    </message>
    <message>
        <source>words and sentences</source>
        <translation>mots et phrases</translation>
    </message>
    <message>
        <source>quotations</source>
        <translation>citations</translation>
    </message>
    <message>
        <source>kinds of quotation</source>
        <translation>types de citation</translation>
    </message>
    <message>
        <source>names</source>
        <translation>noms</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>speakers</source>
        <translation>locuteurs</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>dates</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the analysis (Esc)</source>
        <translation>Arrêter l’analyse (Échap)</translation>
    </message>
    <message>
        <source>Analysing %1: %2 (%3 of %4)…</source>
        <translation>Analyse de %1 : %2 (%3 sur %4)…</translation>
    </message>
    <message>
        <source>Analysing %1…</source>
        <translation>Analyse de %1…</translation>
    </message>
</context>
<context>
    <name>saywho::ui::AnnotationSourceDialog</name>
    <message>
        <source>Annotation Source</source>
        <translation>Source des annotations</translation>
    </message>
    <message>
        <source>Annotation Source — %1</source>
        <translation>Source des annotations — %1</translation>
    </message>
</context>
<context>
    <name>saywho::ui::ArticleLibraryLink</name>
    <message>
        <source>Undo: %1</source>
        <translation>Annuler : %1</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>no library is open</source>
        <translation>aucune bibliothèque n&apos;est ouverte</translation>
    </message>
</context>
<context>
    <name>saywho::ui::ArticleOpener</name>
    <message>
        <source>Clipboard text</source>
        <translation>Texte du presse-papiers</translation>
    </message>
</context>
<context>
    <name>saywho::ui::ArticleSession</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Set Publication Date to %1</source>
        <translation>Date de publication : %1</translation>
    </message>
    <message>
        <source>Clear Publication Date</source>
        <translation>Effacer la date de publication</translation>
    </message>
    <message>
        <source>Include Paragraph in the Analysis</source>
        <translation>Inclure le paragraphe dans l&apos;analyse</translation>
    </message>
    <message>
        <source>Leave Paragraph Out of the Analysis</source>
        <translation>Exclure le paragraphe de l&apos;analyse</translation>
    </message>
    <message>
        <source>Re-analyse</source>
        <translation>Réanalyser</translation>
    </message>
</context>
<context>
    <name>saywho::ui::ArticleTab</name>
    <message>
        <source>Include This Paragraph in the Analysis</source>
        <translation>Inclure ce paragraphe dans l’analyse</translation>
    </message>
    <message>
        <source>Leave This Paragraph Out of the Analysis</source>
        <translation>Exclure ce paragraphe de l&apos;analyse</translation>
    </message>
</context>
<context>
    <name>saywho::ui::ArticleTabs</name>
    <message>
        <source>Open an article with Ctrl+O, paste one with Ctrl+Shift+V,
or drop a text file here.</source>
        <translation>Ouvrez un article avec Ctrl+O, collez-en un avec Ctrl+Maj+V
ou déposez un fichier texte ici.</translation>
    </message>
</context>
<context>
    <name>saywho::ui::ArticleView</name>
    <message>
        <source>Preparing the text for display…</source>
        <translation>Préparation du texte pour l’affichage…</translation>
    </message>
</context>
<context>
    <name>saywho::ui::CorrectionActions</name>
    <message>
        <source>Set &amp;Speaker…</source>
        <translation>Définir l&apos;&amp;orateur…</translation>
    </message>
    <message>
        <source>Speaker &amp;Unknown</source>
        <translation>Orateur &amp;inconnu</translation>
    </message>
    <message>
        <source>Mark Selection as &amp;Quote</source>
        <translation>Marquer la sélection comme &amp;citation</translation>
    </message>
    <message>
        <source>Mark Selection as &amp;Partial Quote</source>
        <translation>Marquer la sélection comme citation &amp;partielle</translation>
    </message>
    <message>
        <source>&amp;Remove Quote</source>
        <translation>&amp;Supprimer la citation</translation>
    </message>
    <message>
        <source>Direct Quotation</source>
        <translation>Citation directe</translation>
    </message>
    <message>
        <source>Partial Quotation</source>
        <translation>Citation partielle</translation>
    </message>
    <message>
        <source>Not a Quote: a &amp;Title</source>
        <translation>Pas une citation : un &amp;titre</translation>
    </message>
    <message>
        <source>Not a Quote: a Scare &amp;Quote</source>
        <translation>Pas une citation : des &amp;guillemets de distance</translation>
    </message>
    <message>
        <source>Not a Quote: a &amp;Nickname</source>
        <translation>Pas une citation : un &amp;surnom</translation>
    </message>
    <message>
        <source>This Is a &amp;Quotation</source>
        <translation>C&apos;est une &amp;citation</translation>
    </message>
    <message>
        <source>Quote Starts One Word Earlier</source>
        <translation>La citation commence un mot plus tôt</translation>
    </message>
    <message>
        <source>Quote Starts One Word Later</source>
        <translation>La citation commence un mot plus tard</translation>
    </message>
    <message>
        <source>Quote Ends One Word Earlier</source>
        <translation>La citation finit un mot plus tôt</translation>
    </message>
    <message>
        <source>Quote Ends One Word Later</source>
        <translation>La citation finit un mot plus tard</translation>
    </message>
    <message>
        <source>Mark Selection as Person or Organisation…</source>
        <translation>Marquer la sélection comme personne ou organisation…</translation>
    </message>
    <message>
        <source>Remove This Mention</source>
        <translation>Supprimer cette mention</translation>
    </message>
    <message>
        <source>Split Off as a New Person</source>
        <translation>Séparer comme nouvelle personne</translation>
    </message>
    <message>
        <source>&amp;Merge People</source>
        <translation>&amp;Fusionner les personnes</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <source>Is a Person</source>
        <translation>Est une personne</translation>
    </message>
    <message>
        <source>Is an Organisation</source>
        <translation>Est une organisation</translation>
    </message>
    <message>
        <source>Mark Selection as &amp;Date…</source>
        <translation>Marquer la sélection comme &amp;date…</translation>
    </message>
    <message>
        <source>&amp;Edit Date…</source>
        <translation>&amp;Modifier la date…</translation>
    </message>
    <message>
        <source>Remove Date</source>
        <translation>Supprimer la date</translation>
    </message>
    <message>
        <source>Quote &amp;Kind</source>
        <translation>&amp;Type de citation</translation>
    </message>
    <message>
        <source>Quote &amp;Boundaries</source>
        <translation>&amp;Limites de la citation</translation>
    </message>
    <message>
        <source>Choose who said the current quote</source>
        <translation>Choisir qui a dit la citation courante</translation>
    </message>
    <message>
        <source>Make the selected people one person</source>
        <translation>Faire des personnes choisies une seule</translation>
    </message>
</context>
<context>
    <name>saywho::ui::CorrectionController</name>
    <message>
        <source>Quote Kind</source>
        <translation>Type de citation</translation>
    </message>
    <message>
        <source>Quote Boundaries</source>
        <translation>Limites de la citation</translation>
    </message>
    <message>
        <source>Put the cursor on a quote, or choose one in the Quotations panel, to set its speaker.</source>
        <translation>Placez le curseur sur une citation, ou choisissez-en une dans le panneau Citations, pour définir son orateur.</translation>
    </message>
    <message>
        <source>Set Speaker of “%1” to %2</source>
        <translation>Orateur de « %1 » : %2</translation>
    </message>
    <message>
        <source>Speaker of “%1” Unknown</source>
        <translation>Orateur de « %1 » inconnu</translation>
    </message>
    <message>
        <source>Select the words of the quotation in the article first.</source>
        <translation>Sélectionnez d&apos;abord les mots de la citation dans l&apos;article.</translation>
    </message>
    <message>
        <source>Add Quote “%1”</source>
        <translation>Ajouter la citation « %1 »</translation>
    </message>
    <message>
        <source>Remove Quote “%1”</source>
        <translation>Supprimer la citation « %1 »</translation>
    </message>
    <message>
        <source>Make Direct Quotation</source>
        <translation>En faire une citation directe</translation>
    </message>
    <message>
        <source>Make Partial Quotation</source>
        <translation>En faire une citation partielle</translation>
    </message>
    <message>
        <source>Not a Quote: “%1”</source>
        <translation>Pas une citation : « %1 »</translation>
    </message>
    <message>
        <source>Make “%1” a Quotation</source>
        <translation>Faire de « %1 » une citation</translation>
    </message>
    <message>
        <source>Move Quote Start</source>
        <translation>Déplacer le début de la citation</translation>
    </message>
    <message>
        <source>Move Quote End</source>
        <translation>Déplacer la fin de la citation</translation>
    </message>
    <message>
        <source>Select the name in the article first.</source>
        <translation>Sélectionnez d&apos;abord le nom dans l&apos;article.</translation>
    </message>
    <message>
        <source>Who Is This?</source>
        <translation>Qui est-ce ?</translation>
    </message>
    <message>
        <source>Mark “%1” as %2</source>
        <translation>Marquer « %1 » comme %2</translation>
    </message>
    <message>
        <source>Remove Mention “%1”</source>
        <translation>Supprimer la mention « %1 »</translation>
    </message>
    <message>
        <source>Split “%1” Off as a New Person</source>
        <translation>Séparer « %1 » comme nouvelle personne</translation>
    </message>
    <message>
        <source>Select two or more people in the People panel to merge them.</source>
        <translation>Choisissez au moins deux personnes dans le panneau Personnes pour les fusionner.</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>Fusionner %1</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Name of this person or organisation:</source>
        <translation>Nom de cette personne ou organisation :</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Renommer %1 en %2</translation>
    </message>
    <message>
        <source>Change Kind of %1</source>
        <translation>Changer le type de %1</translation>
    </message>
    <message>
        <source>Select the date expression in the article first.</source>
        <translation>Sélectionnez d&apos;abord l&apos;expression de date dans l&apos;article.</translation>
    </message>
    <message>
        <source>Add Date “%1”</source>
        <translation>Ajouter la date « %1 »</translation>
    </message>
    <message>
        <source>Set “%1” to %2</source>
        <translation>Fixer « %1 » à %2</translation>
    </message>
    <message>
        <source>Remove Date “%1”</source>
        <translation>Supprimer la date « %1 »</translation>
    </message>
</context>
<context>
    <name>saywho::ui::CorrectionHistoryDialog</name>
    <message>
        <source>Correction History</source>
        <translation>Historique des corrections</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Annuler la correction</translation>
    </message>
    <message>
        <source>reverted</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>re-analysis</source>
        <translation>nouvelle analyse</translation>
    </message>
    <message>
        <source>a revert</source>
        <translation>une annulation</translation>
    </message>
    <message>
        <source>Choose a correction to revert.</source>
        <translation>Choisissez une correction à annuler.</translation>
    </message>
    <message>
        <source>“%1” cannot be reverted: what it changed was changed again since. Revert the later corrections first.</source>
        <translation>« %1 » ne peut pas être annulée : ce qu&apos;elle a changé a été changé de nouveau depuis. Annulez d&apos;abord les corrections plus récentes.</translation>
    </message>
    <message>
        <source>Revert “%1”</source>
        <translation>Annuler « %1 »</translation>
    </message>
</context>
<context>
    <name>saywho::ui::DateTableModel</name>
    <message>
        <source>%1, morning</source>
        <translation>%1, le matin</translation>
    </message>
    <message>
        <source>%1, afternoon</source>
        <translation>%1, l’après-midi</translation>
    </message>
    <message>
        <source>%1, evening</source>
        <translation>%1, le soir</translation>
    </message>
    <message>
        <source>%1, night</source>
        <translation>%1, la nuit</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>week %1 of %2</source>
        <translation>semaine %1 de %2</translation>
    </message>
    <message>
        <source>weekend of week %1, %2</source>
        <translation>week-end de la semaine %1, %2</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>in the past</source>
        <translation>dans le passé</translation>
    </message>
    <message>
        <source>in the future</source>
        <translation>dans le futur</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>time</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>recurring</source>
        <translation>récurrent</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Expression</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>a weekend</source>
        <translation>un week-end</translation>
    </message>
</context>
<context>
    <name>saywho::ui::DateValueDialog</name>
    <message>
        <source>Edit Date</source>
        <translation>Modifier la date</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Recurring (set)</source>
        <translation>Récurrente</translation>
    </message>
    <message>
        <source>Expression:</source>
        <translation>Expression :</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Value (TIMEX3):</source>
        <translation>&amp;Valeur (TIMEX3) :</translation>
    </message>
    <message>
        <source>A valid value.</source>
        <translation>Une valeur valide.</translation>
    </message>
</context>
<context>
    <name>saywho::ui::EncodingMenu</name>
    <message>
        <source>Could not read %1 as %2: %3</source>
        <translation>Impossible de lire %1 en %2 : %3</translation>
    </message>
    <message>
        <source>Reloaded %1 as %2 and analysed it again.</source>
        <translation>%1 rechargé en %2 et analysé à nouveau.</translation>
    </message>
    <message>
        <source>%1 reads the same as %2: nothing changed, every correction kept.</source>
        <translation>%1 se lit de même en %2 : rien n’a changé, toutes les corrections sont conservées.</translation>
    </message>
    <message>
        <source>Reload with Encoding</source>
        <translation>Recharger avec l’encodage</translation>
    </message>
    <message>
        <source>Read as %1, the text of %2 changes.</source>
        <translation>Lu en %1, le texte de %2 change.</translation>
    </message>
    <message>
        <source>The corrections made in this tab apply to the old text and will be dropped. Reading it as an encoding that gives the same text keeps them.</source>
        <translation>Les corrections faites dans cet onglet portent sur l’ancien texte et seront abandonnées. Un encodage qui donne le même texte les conserve.</translation>
    </message>
    <message>
        <source>Reload and Drop Corrections</source>
        <translation>Recharger et abandonner les corrections</translation>
    </message>
    <message>
        <source>Reload with &amp;Encoding</source>
        <translation>Recharger avec l’&amp;encodage</translation>
    </message>
    <message>
        <source>Read the file again as %1 and analyse it again</source>
        <translation>Relire le fichier en %1 et l’analyser à nouveau</translation>
    </message>
</context>
<context>
    <name>saywho::ui::ExportDialog</name>
    <message>
        <source>&amp;Quotations</source>
        <translation>&amp;Citations</translation>
    </message>
    <message>
        <source>&amp;People and organisations</source>
        <translation>&amp;Personnes et organisations</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Dates</translation>
    </message>
    <message>
        <source>&amp;Titles, scare quotes and nicknames</source>
        <translation>&amp;Titres, guillemets de distance et surnoms</translation>
    </message>
    <message>
        <source>Only my &amp;corrections</source>
        <translation>Seulement mes &amp;corrections</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Export Article</source>
        <translation>Exporter l’article</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Inclure :</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Enregistrer dans :</translation>
    </message>
    <message>
        <source>article</source>
        <translation>article</translation>
    </message>
    <message>
        <source>%1 has no text to preview: it holds the highlighted article and the table of quotations.</source>
        <translation>%1 n’a pas de texte à prévisualiser : il contient l’article surligné et le tableau des citations.</translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation>Exporter dans un dossier</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Choisissez où enregistrer l’export.</translation>
    </message>
    <message>
        <source>The article could not be exported: %1</source>
        <translation>L’article n’a pas pu être exporté : %1</translation>
    </message>
</context>
<context>
    <name>saywho::ui::FindBar</name>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Find text in the article</source>
        <translation>Rechercher du texte dans l’article</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Occurrence &amp;précédente</translation>
    </message>
    <message>
        <source>Find in the article</source>
        <translation>Rechercher dans l’article</translation>
    </message>
    <message>
        <source>&amp;Match case</source>
        <translation>Respecter la &amp;casse</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
</context>
<context>
    <name>saywho::ui::Handbook</name>
    <message>
        <source>SayWho &amp;Handbook</source>
        <translation>&amp;Manuel de SayWho</translation>
    </message>
    <message>
        <source>How to read an article with SayWho, and every key</source>
        <translation>Comment lire un article avec SayWho, et toutes les touches</translation>
    </message>
    <message>
        <source>SayWho Handbook</source>
        <translation>Manuel de SayWho</translation>
    </message>
</context>
<context>
    <name>saywho::ui::HandbookBrowser</name>
    <message>
        <source>Keyboard Reference</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every command of the window that has a key, by menu. In the Find bar, Enter finds the next match and Esc closes it; in a panel, Ctrl+C copies the quotation of the current row.</source>
        <translation>Chaque commande de la fenêtre qui a une touche, par menu. Dans la barre de recherche, Entrée passe à l’occurrence suivante et Échap la ferme ; dans un panneau, Ctrl+C copie la citation de la ligne courante.</translation>
    </message>
    <message>
        <source>Back to the handbook</source>
        <translation>Retour au manuel</translation>
    </message>
</context>
<context>
    <name>saywho::ui::HighlightedSource</name>
    <message>
        <source>This format has no syntax to colour.</source>
        <translation>Ce format n’a pas de syntaxe à colorer.</translation>
    </message>
    <message>
        <source>Plain text: neither kate-syntax-highlighter (package libkf5syntaxhighlighting-tools) nor ksyntaxhighlighter6 was found on PATH, so the preview is not coloured.</source>
        <translation>Texte brut : ni kate-syntax-highlighter (paquet libkf5syntaxhighlighting-tools) ni ksyntaxhighlighter6 n’ont été trouvés dans le PATH, l’aperçu n’est donc pas coloré.</translation>
    </message>
    <message>
        <source>Plain text: %1 did not start.</source>
        <translation>Texte brut : %1 n’a pas démarré.</translation>
    </message>
    <message>
        <source>Plain text: %1 failed.</source>
        <translation>Texte brut : %1 a échoué.</translation>
    </message>
    <message>
        <source>Plain text: %1 wrote no HTML.</source>
        <translation>Texte brut : %1 n’a écrit aucun HTML.</translation>
    </message>
    <message>
        <source>The preview shows the first %1 KB.</source>
        <translation>L’aperçu montre les %1 premiers Ko.</translation>
    </message>
</context>
<context>
    <name>saywho::ui::LanguageManager</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>saywho::ui::LegendWidget</name>
    <message>
        <source>speaker unknown  %1</source>
        <translation>locuteur inconnu  %1</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>title, not a quote</source>
        <translation>titre, pas une citation</translation>
    </message>
    <message>
        <source>Show everyone</source>
        <translation>Montrer tout le monde</translation>
    </message>
    <message>
        <source>No quotations found</source>
        <translation>Aucune citation trouvée</translation>
    </message>
    <message numerus="yes">
        <source>%n more speaker(s)</source>
        <translation>
            <numerusform>%n autre locuteur</numerusform>
            <numerusform>%n autres locuteurs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>saywho::ui::LibraryController</name>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>The library cannot be opened.</source>
        <translation>La bibliothèque ne peut pas être ouverte.</translation>
    </message>
    <message>
        <source>Your articles stay as they are. Until a library is open, corrections are not kept after the window closes.</source>
        <translation>Vos articles restent tels quels. Tant qu&apos;aucune bibliothèque n&apos;est ouverte, les corrections ne sont pas conservées après la fermeture de la fenêtre.</translation>
    </message>
    <message>
        <source>Restore the Newest Backup</source>
        <translation>Restaurer la sauvegarde la plus récente</translation>
    </message>
    <message>
        <source>Open Another Library…</source>
        <translation>Ouvrir une autre bibliothèque…</translation>
    </message>
    <message>
        <source>Create a New Library…</source>
        <translation>Créer une nouvelle bibliothèque…</translation>
    </message>
    <message>
        <source>Continue Without a Library</source>
        <translation>Continuer sans bibliothèque</translation>
    </message>
    <message>
        <source>The backup of %1 is open. The damaged library was kept as %2.</source>
        <translation>La sauvegarde %1 est ouverte. La bibliothèque endommagée a été conservée sous %2.</translation>
    </message>
    <message>
        <source>SayWho libraries (*.sqlite)</source>
        <translation>Bibliothèques SayWho (*.sqlite)</translation>
    </message>
    <message>
        <source>New Library</source>
        <translation>Nouvelle bibliothèque</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>Ouvrir une bibliothèque</translation>
    </message>
    <message>
        <source>No library: corrections are not kept</source>
        <translation>Pas de bibliothèque : les corrections ne sont pas conservées</translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s) not yet in the library</source>
        <translation>
            <numerusform>%n correction pas encore dans la bibliothèque</numerusform>
            <numerusform>%n corrections pas encore dans la bibliothèque</numerusform>
        </translation>
    </message>
    <message>
        <source>They are kept in memory and written as soon as the library can be written: %1</source>
        <translation>Elles sont gardées en mémoire et écrites dès que la bibliothèque peut l&apos;être : %1</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>Bibliothèque : %1</translation>
    </message>
    <message>
        <source>Every correction is written to %1 as you make it.</source>
        <translation>Chaque correction est écrite dans %1 dès que vous la faites.</translation>
    </message>
    <message>
        <source>The library %1 failed its integrity check: %2</source>
        <translation>La bibliothèque %1 a échoué au contrôle d&apos;intégrité : %2</translation>
    </message>
</context>
<context>
    <name>saywho::ui::LibraryDock</name>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <source>Quotes by</source>
        <translation>Citations de</translation>
    </message>
    <message>
        <source>Articles mentioning</source>
        <translation>Articles mentionnant</translation>
    </message>
    <message>
        <source>Search the library (a &quot;phrase&quot; in double quotes)</source>
        <translation>Chercher dans la bibliothèque (une « expression » entre guillemets droits &quot;…&quot;)</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <source>No library is open (File → Open Library…).</source>
        <translation>Aucune bibliothèque ouverte (Fichier → Ouvrir une bibliothèque…).</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <source>Last opened</source>
        <translation>Dernière ouverture</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Trouvé</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Quote: %1</source>
        <translation>Citation : %1</translation>
    </message>
    <message>
        <source>Text: %1</source>
        <translation>Texte : %1</translation>
    </message>
    <message>
        <source>%1 quotes and %2 articles found</source>
        <translation>%1 citations et %2 articles trouvés</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Nobody called “%1” in the library.</source>
        <translation>Personne du nom de « %1 » dans la bibliothèque.</translation>
    </message>
    <message>
        <source>%1 quotes by %2</source>
        <translation>%1 citations de %2</translation>
    </message>
    <message>
        <source>%1 articles mentioning %2</source>
        <translation>%1 articles mentionnent %2</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message numerus="yes">
        <source>%n people; select two to merge them, one to split it (right-click)</source>
        <translation>
            <numerusform>%n personne ; en sélectionner deux pour les fusionner, une pour la scinder (clic droit)</numerusform>
            <numerusform>%n personnes ; en sélectionner deux pour les fusionner, une pour la scinder (clic droit)</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge into “%1”</source>
        <translation>Fusionner dans « %1 »</translation>
    </message>
    <message>
        <source>Quotes by “%1”</source>
        <translation>Citations de « %1 »</translation>
    </message>
    <message>
        <source>Articles Mentioning “%1”</source>
        <translation>Articles mentionnant « %1 »</translation>
    </message>
    <message>
        <source>&amp;Split…</source>
        <translation>&amp;Scinder…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>Fusionner « %1 » dans « %2 »</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n people into “%1”</source>
        <translation>
            <numerusform>Fusionner %n personne dans « %1 »</numerusform>
            <numerusform>Fusionner %n personnes dans « %1 »</numerusform>
        </translation>
    </message>
    <message>
        <source>Split “%1” off “%2”</source>
        <translation>Séparer « %1 » de « %2 »</translation>
    </message>
    <message>
        <source>“%1” appears in one article only: there is nothing to split.</source>
        <translation>« %1 » n’apparaît que dans un article : il n’y a rien à scinder.</translation>
    </message>
    <message>
        <source>The library did not take the change: %1</source>
        <translation>La bibliothèque n’a pas pris la modification : %1</translation>
    </message>
</context>
<context>
    <name>saywho::ui::LibraryWindowPart</name>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Correction History</source>
        <translation>Historique des corrections</translation>
    </message>
    <message>
        <source>This article is not in a library, so it has no history beyond this session (Edit → History).</source>
        <translation>Cet article n&apos;est dans aucune bibliothèque : il n&apos;a pas d&apos;historique au-delà de cette session (Édition → Historique).</translation>
    </message>
    <message>
        <source>Open &amp;Library…</source>
        <translation>Ouvrir une &amp;bibliothèque…</translation>
    </message>
    <message>
        <source>New Li&amp;brary…</source>
        <translation>Nouvelle bi&amp;bliothèque…</translation>
    </message>
    <message>
        <source>Correction &amp;History…</source>
        <translation>&amp;Historique des corrections…</translation>
    </message>
    <message>
        <source>Every correction of this article kept in the library, across sessions; revert any of them.</source>
        <translation>Toutes les corrections de cet article gardées dans la bibliothèque, toutes sessions confondues ; chacune peut être annulée.</translation>
    </message>
</context>
<context>
    <name>saywho::ui::MainWindow</name>
    <message>
        <source>%1 — SayWho</source>
        <translation>%1 — SayWho</translation>
    </message>
    <message>
        <source>SayWho</source>
        <translation>SayWho</translation>
    </message>
    <message>
        <source>Cannot Open Article</source>
        <translation>Impossible d’ouvrir l’article</translation>
    </message>
    <message>
        <source>SayWho could not open %1.</source>
        <translation>SayWho n’a pas pu ouvrir %1.</translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation>Ouvrir un article</translation>
    </message>
    <message>
        <source>New from Clipboard</source>
        <translation>Nouveau depuis le presse-papiers</translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy an article first, then try again.</source>
        <translation>Le presse-papiers ne contient pas de texte. Copiez d’abord un article, puis réessayez.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler : %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir : %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Highlight</source>
        <translation>&amp;Surlignage</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panneaux</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>A&amp;rticle</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Barre d’outils</translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.markdown *.text *.html *.htm);;All files (*)</source>
        <translation>Articles (*.txt *.md *.markdown *.text *.html *.htm);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open URL</source>
        <translation>Ouvrir une URL</translation>
    </message>
    <message>
        <source>Address of the article (http or https):</source>
        <translation>Adresse de l’article (http ou https) :</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Re-analysed: nothing changed; every correction kept.</source>
        <translation>Réanalysé : rien n&apos;a changé ; toutes les corrections sont conservées.</translation>
    </message>
    <message>
        <source>Re-analysed: automatic annotations changed: %1; every correction kept.</source>
        <translation>Réanalysé : annotations automatiques modifiées : %1 ; toutes les corrections sont conservées.</translation>
    </message>
    <message>
        <source>Could not apply: %1</source>
        <translation>Impossible d&apos;appliquer : %1</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Opening %1 cancelled.</source>
        <translation>Ouverture de %1 annulée.</translation>
    </message>
    <message>
        <source>Re-analysis cancelled: the previous analysis stays.</source>
        <translation>Nouvelle analyse annulée : l’analyse précédente reste.</translation>
    </message>
</context>
<context>
    <name>saywho::ui::PanelDocks</name>
    <message>
        <source>Quotations</source>
        <translation>Citations</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>&amp;Filter Panel</source>
        <translation>&amp;Filtrer le panneau</translation>
    </message>
    <message>
        <source>Type to filter the Quotations panel; again for People, then Dates</source>
        <translation>Saisir pour filtrer le panneau Citations ; encore une fois pour Personnes, puis Dates</translation>
    </message>
</context>
<context>
    <name>saywho::ui::Panels</name>
    <message>
        <source>Filter quotations</source>
        <translation>Filtrer les citations</translation>
    </message>
    <message>
        <source>No quotations in this article.</source>
        <translation>Aucune citation dans cet article.</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Filtrer les personnes</translation>
    </message>
    <message>
        <source>Nobody is named in this article.</source>
        <translation>Personne n’est nommé dans cet article.</translation>
    </message>
    <message>
        <source>Filter dates</source>
        <translation>Filtrer les dates</translation>
    </message>
    <message>
        <source>No dates in this article.</source>
        <translation>Aucune date dans cet article.</translation>
    </message>
</context>
<context>
    <name>saywho::ui::PeopleTableModel</name>
    <message>
        <source>anonymous source</source>
        <translation>source anonyme</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>group</source>
        <translation>groupe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Also called</source>
        <translation>Aussi appelé</translation>
    </message>
</context>
<context>
    <name>saywho::ui::PersonSplitDialog</name>
    <message>
        <source>Split “%1”</source>
        <translation>Scinder « %1 »</translation>
    </message>
    <message>
        <source>Check the articles whose “%1” is someone else. Their mentions and quotes become a new library person.</source>
        <translation>Cochez les articles où « %1 » est quelqu’un d’autre. Leurs mentions et citations deviennent une nouvelle personne de la bibliothèque.</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>Nommé</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>&amp;New person’s name:</source>
        <translation>&amp;Nom de la nouvelle personne :</translation>
    </message>
    <message>
        <source>&amp;Split</source>
        <translation>&amp;Scinder</translation>
    </message>
    <message>
        <source>Check at least one article.</source>
        <translation>Cochez au moins un article.</translation>
    </message>
    <message>
        <source>Leave at least one article with “%1”; to rename everyone, rename the person in an article.</source>
        <translation>Laissez au moins un article à « %1 » ; pour renommer tout le monde, renommez la personne dans un article.</translation>
    </message>
    <message>
        <source>Give the new person a name.</source>
        <translation>Donnez un nom à la nouvelle personne.</translation>
    </message>
</context>
<context>
    <name>saywho::ui::PropertiesDialog</name>
    <message>
        <source>not known</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>given on the command line</source>
        <translation>donnée en ligne de commande</translation>
    </message>
    <message>
        <source>read from the dateline</source>
        <translation>lue dans la ligne de date</translation>
    </message>
    <message>
        <source>read from the page’s metadata</source>
        <translation>lue dans les métadonnées de la page</translation>
    </message>
    <message>
        <source>set by you</source>
        <translation>défini par vous</translation>
    </message>
    <message>
        <source>Article Properties</source>
        <translation>Propriétés de l’article</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>texte collé</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Auteur :</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Longueur :</translation>
    </message>
    <message>
        <source>%1 characters, %2 paragraphs</source>
        <translation>%1 caractères, %2 paragraphes</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>&amp;Publié le :</translation>
    </message>
    <message>
        <source>Relative dates such as “last Sunday” are resolved against this date (%1).</source>
        <translation>Les dates relatives comme « dimanche dernier » sont résolues par rapport à cette date (%1).</translation>
    </message>
    <message>
        <source>The publication date is &amp;not known</source>
        <translation>La date de publication n’est &amp;pas connue</translation>
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
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>an unattributed quotation</comment>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>“%1” %2 said</source>
        <comment>a quotation ending in ? or !</comment>
        <translation>« %1 », a déclaré %2</translation>
    </message>
    <message>
        <source>“%1,” %2 said</source>
        <translation>« %1 », a déclaré %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>quotation (source)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Copy &amp;Quotation</source>
        <translation>Copier la &amp;citation</translation>
    </message>
    <message>
        <source>Copy the quotation with its speaker, the article and its date</source>
        <translation>Copier la citation avec son auteur, l’article et sa date</translation>
    </message>
</context>
<context>
    <name>saywho::ui::QuoteTableModel</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Named here as “%1”</source>
        <translation>Nommé ici « %1 »</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>directe</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>partielle</translation>
    </message>
    <message>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>%1, headline</source>
        <translation>%1, titre</translation>
    </message>
    <message>
        <source>In the headline, which often shortens or recases a quotation: exports list it apart from the article&apos;s own quotations</source>
        <translation>Dans le titre, qui raccourcit ou remet souvent en forme une citation : les exports la listent à part des citations de l&apos;article</translation>
    </message>
</context>
<context>
    <name>saywho::ui::RecentFiles</name>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Vider la liste</translation>
    </message>
</context>
<context>
    <name>saywho::ui::SpeakerPicker</name>
    <message>
        <source>Set Speaker</source>
        <translation>Définir l&apos;orateur</translation>
    </message>
    <message>
        <source>Name of a person or organisation</source>
        <translation>Nom d&apos;une personne ou d&apos;une organisation</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Orateur :</translation>
    </message>
    <message>
        <source>&amp;New entry is a:</source>
        <translation>&amp;Nouvelle entrée :</translation>
    </message>
    <message>
        <source>Type a name; the article&apos;s people are offered as you type.</source>
        <translation>Tapez un nom ; les personnes de l&apos;article sont proposées pendant la saisie.</translation>
    </message>
    <message>
        <source>The quote goes to %1, already in this article.</source>
        <translation>La citation est attribuée à %1, déjà dans cet article.</translation>
    </message>
    <message>
        <source>Nobody of that name is in the article yet: a new entry is made.</source>
        <translation>Personne de ce nom dans l&apos;article : une nouvelle entrée est créée.</translation>
    </message>
</context>
<context>
    <name>saywho::ui::StatusSummary</name>
    <message numerus="yes">
        <source>%n quotation(s)</source>
        <translation>
            <numerusform>%n citation</numerusform>
            <numerusform>%n citations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n speaker(s)</source>
        <translation>
            <numerusform>%n locuteur</numerusform>
            <numerusform>%n locuteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s)</source>
        <translation>
            <numerusform>%n date</numerusform>
            <numerusform>%n dates</numerusform>
        </translation>
    </message>
    <message>
        <source>Analysed in %1 ms</source>
        <translation>Analysé en %1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n quotation(s)</source>
        <translation>
            <numerusform>%1 sur %n citation</numerusform>
            <numerusform>%1 sur %n citations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n date(s)</source>
        <translation>
            <numerusform>%1 sur %n date</numerusform>
            <numerusform>%1 sur %n dates</numerusform>
        </translation>
    </message>
</context>
</TS>
