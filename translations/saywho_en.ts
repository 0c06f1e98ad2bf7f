<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AnnotationTooltip</name>
        <message numerus="yes">
            <source>%n quotation(s) in this article</source>
            <translation>
                <numerusform>%n quotation in this article</numerusform>
                <numerusform>%n quotations in this article</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>saywho::ui::LegendWidget</name>
        <message numerus="yes">
            <source>%n more speaker(s)</source>
            <translation>
                <numerusform>%n more speaker</numerusform>
                <numerusform>%n more speakers</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>saywho::ui::StatusSummary</name>
        <message numerus="yes">
            <source>%1 of %n quotation(s)</source>
            <translation>
                <numerusform>%1 of %n quotation</numerusform>
                <numerusform>%1 of %n quotations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n date(s)</source>
            <translation>
                <numerusform>%1 of %n date</numerusform>
                <numerusform>%1 of %n dates</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n quotation(s)</source>
            <translation>
                <numerusform>%n quotation</numerusform>
                <numerusform>%n quotations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n speaker(s)</source>
            <translation>
                <numerusform>%n speaker</numerusform>
                <numerusform>%n speakers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n date(s)</source>
            <translation>
                <numerusform>%n date</numerusform>
                <numerusform>%n dates</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>saywho::ui::LibraryController</name>
        <message numerus="yes">
            <source>%n correction(s) not yet in the library</source>
            <translation>
                <numerusform>%n correction not yet in the library</numerusform>
                <numerusform>%n corrections not yet in the library</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>saywho::ui::LibraryDock</name>
        <message numerus="yes">
            <source>%n article(s)</source>
            <translation>
                <numerusform>%n article</numerusform>
                <numerusform>%n articles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n people; select two to merge them, one to split it (right-click)</source>
            <translation>
                <numerusform>%n person; select two to merge them, one to split it (right-click)</numerusform>
                <numerusform>%n people; select two to merge them, one to split it (right-click)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Merge %n people into “%1”</source>
            <translation>
                <numerusform>Merge %n person into “%1”</numerusform>
                <numerusform>Merge %n people into “%1”</numerusform>
            </translation>
        </message>
    </context>
</TS>
