<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>History</name>
    <message numerus="yes">
        <source>Saved the FHIR file (%n resource(s)) to {0}.</source>
        <translation>
            <numerusform>Saved the FHIR file (%n resource) to {0}.</numerusform>
            <numerusform>Saved the FHIR file (%n resources) to {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more track(s) were answered.</source>
        <translation>
            <numerusform>%n more track was answered.</numerusform>
            <numerusform>%n more tracks were answered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier note(s) not shown: choose a shorter period to see them.</source>
        <translation>
            <numerusform>%n earlier note not shown: choose a shorter period to see them.</numerusform>
            <numerusform>%n earlier notes not shown: choose a shorter period to see them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n check-in</numerusform>
            <numerusform>%n check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n rating</numerusform>
            <numerusform>%n ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed by 1 point or more</source>
        <translation>
            <numerusform>%n changed by 1 point or more</numerusform>
            <numerusform>%n changed by 1 point or more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListenPage</name>
    <message numerus="yes">
        <source>%n file(s) were not added: {0}</source>
        <translation>
            <numerusform>%n file was not added: {0}</numerusform>
            <numerusform>%n files were not added: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n track(s) from {0} into “{1}”.</source>
        <translation>
            <numerusform>Imported %n track from {0} into “{1}”.</numerusform>
            <numerusform>Imported %n tracks from {0} into “{1}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be used (line {0}: {1}).</source>
        <translation>
            <numerusform>%n line could not be used (line {0}: {1}).</numerusform>
            <numerusform>%n lines could not be used (line {0}: {1}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: %n track(s) · {1}</source>
        <translation>
            <numerusform>{0}: %n track · {1}</numerusform>
            <numerusform>{0}: %n tracks · {1}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <source>%n session(s) hold values Companion does not write (from another program, a newer version or damage). They are shown as they are and marked ⚠.</source>
        <translation>
            <numerusform>%n session holds values Companion does not write (from another program, a newer version or damage). It is shown as it is and marked ⚠.</numerusform>
            <numerusform>%n sessions hold values Companion does not write (from another program, a newer version or damage). They are shown as they are and marked ⚠.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessagesCard</name>
    <message numerus="yes">
        <source>Saved %n message(s) in “{0}”.</source>
        <translation>
            <numerusform>Saved %n message in “{0}”.</numerusform>
            <numerusform>Saved %n messages in “{0}”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScriptRecording</name>
    <message numerus="yes">
        <source>%n of the lines recorded.</source>
        <translation>
            <numerusform>%n of the lines recorded.</numerusform>
            <numerusform>%n of the lines recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n recording(s) in “{0}”.</source>
        <translation>
            <numerusform>Saved %n recording in “{0}”.</numerusform>
            <numerusform>Saved %n recordings in “{0}”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StretchSetup</name>
    <message numerus="yes">
        <source>%n movement(s) left out for your limits.</source>
        <translation>
            <numerusform>%n movement left out for your limits.</numerusform>
            <numerusform>%n movements left out for your limits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrackList</name>
    <message numerus="yes">
        <source>· marked “unsettled” %n times, left out</source>
        <translation>
            <numerusform>· marked “unsettled” %n times, left out</numerusform>
            <numerusform>· marked “unsettled” %n times, left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>· marked “unsettled” %n times</source>
        <translation>
            <numerusform>· marked “unsettled” %n times</numerusform>
            <numerusform>· marked “unsettled” %n times</numerusform>
        </translation>
    </message>
</context>
</TS>
