<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AccessSettings</name>
    <message>
        <source>{0} s</source>
        <translation>{0} s</translation>
    </message>
    <message>
        <source>One-switch scanning</source>
        <translation>Bedienung mit einem Schalter</translation>
    </message>
    <message>
        <source>A ring moves from control to control; press Space or Enter (or a switch) to choose, hold it to go back</source>
        <translation>Ein Rahmen wandert von Element zu Element; drücken Sie die Leertaste oder die Eingabetaste (oder einen Schalter) zum Auswählen, halten Sie sie gedrückt, um zurückzugehen</translation>
    </message>
    <message>
        <source>A press chooses what the ring is on. Hold the switch to go back, to close a question or to stop a session. While a session runs the ring rests on Pause.</source>
        <translation>Ein Druck wählt, worauf der Rahmen gerade steht. Halten Sie den Schalter gedrückt, um zurückzugehen, eine Frage zu schließen oder eine Sitzung zu beenden. Während einer Sitzung bleibt der Rahmen auf „Pause“.</translation>
    </message>
    <message>
        <source>How long the ring stays on each control</source>
        <translation>Wie lange der Rahmen auf jedem Element bleibt</translation>
    </message>
    <message>
        <source>Scanning speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Say each control&apos;s name as the ring reaches it</source>
        <translation>Den Namen jedes Elements nennen, wenn der Rahmen es erreicht</translation>
    </message>
    <message>
        <source>Uses Companion&apos;s voice, quietly, like the spoken cues</source>
        <translation>Nutzt die Stimme von Companion, leise, wie die gesprochenen Hinweise</translation>
    </message>
    <message>
        <source>A second press of the same button this soon counts once (for tremor)</source>
        <translation>Ein zweiter Druck auf dieselbe Taste so kurz danach zählt nur einmal (bei Zittern)</translation>
    </message>
    <message>
        <source>Ignore a repeated press within</source>
        <translation>Wiederholtes Drücken ignorieren innerhalb von</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Screen reader: also announce what the sound already says</source>
        <translation>Bildschirmleser: auch ansagen, was der Ton schon sagt</translation>
    </message>
    <message>
        <source>Off: breathing phases are not announced while the sound cues mark them, and Imagine&apos;s words not while the voice reads them</source>
        <translation>Aus: Atemphasen werden nicht angesagt, solange die Tonsignale sie anzeigen, und die Worte der Fantasiereise nicht, während die Stimme sie liest</translation>
    </message>
</context>
<context>
    <name>ActivityCharts</name>
    <message>
        <source>Sessions per day</source>
        <translation>Sitzungen pro Tag</translation>
    </message>
    <message>
        <source>The number in a day is how many sessions it had; the more, the darker. Empty days are fine.</source>
        <translation>Die Zahl an einem Tag zeigt, wie viele Sitzungen es gab; je mehr, desto dunkler. Leere Tage sind in Ordnung.</translation>
    </message>
    <message>
        <source>Time per activity</source>
        <translation>Zeit pro Aktivität</translation>
    </message>
    <message>
        <source>Each bar is the time spent on one activity; its figures are beside it.</source>
        <translation>Jeder Balken zeigt die Zeit für eine Aktivität; die Zahlen stehen daneben.</translation>
    </message>
    <message>
        <source>No sessions in this period.</source>
        <translation>Keine Sitzungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Sessions per day, the last 8 weeks</source>
        <translation>Sitzungen pro Tag, die letzten 8 Wochen</translation>
    </message>
    <message>
        <source>{0} on the days shown; at most {1} on one day.</source>
        <translation>{0} an den gezeigten Tagen; höchstens {1} an einem Tag.</translation>
    </message>
</context>
<context>
    <name>AppState</name>
    <message>
        <source>Your settings could not be saved ({0}).</source>
        <translation>Ihre Einstellungen konnten nicht gespeichert werden ({0}).</translation>
    </message>
</context>
<context>
    <name>BreathCircle</name>
    <message>
        <source>Breathing circle</source>
        <translation>Atemkreis</translation>
    </message>
    <message>
        <source>Grows as you breathe in and shrinks as you breathe out.</source>
        <translation>Wird größer, wenn Sie einatmen, und kleiner, wenn Sie ausatmen.</translation>
    </message>
</context>
<context>
    <name>BreathingPage</name>
    <message>
        <source>Start the breathing session (Space)</source>
        <translation>Die Atemübung starten (Leertaste)</translation>
    </message>
    <message>
        <source>Breathe again</source>
        <translation>Noch einmal atmen</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Breathe softly, not deeply.</source>
        <translation>Atmen Sie sanft, nicht tief.</translation>
    </message>
    <message>
        <source>Breathing phase</source>
        <translation>Atemphase</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Sound cues</source>
        <translation>Tonsignale</translation>
    </message>
    <message>
        <source>Cue volume</source>
        <translation>Lautstärke der Signale</translation>
    </message>
    <message>
        <source>How loud the breathing sounds are</source>
        <translation>Wie laut die Atemtöne sind</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Music follows my breath</source>
        <translation>Musik folgt meinem Atem</translation>
    </message>
    <message>
        <source>When music is playing, it rises a little as you breathe in and softens as you breathe out</source>
        <translation>Wenn Musik läuft, wird sie beim Einatmen etwas lauter und beim Ausatmen leiser</translation>
    </message>
    <message>
        <source>Comfort &amp;&amp; safety</source>
        <translation>Tipps &amp;&amp; Sicherheit</translation>
    </message>
    <message>
        <source>Tips for comfort and when to stop</source>
        <translation>Tipps zum Wohlfühlen und wann Sie aufhören sollten</translation>
    </message>
    <message>
        <source>Stop and choose another pattern or length</source>
        <translation>Beenden und ein anderes Muster oder eine andere Dauer wählen</translation>
    </message>
    <message>
        <source>Stay at this pace</source>
        <translation>Bei diesem Tempo bleiben</translation>
    </message>
    <message>
        <source>Keep breathing at the pace of this breath; it leads no further</source>
        <translation>Im Tempo dieses Atemzugs weiteratmen; es wird nicht weiter verlangsamt</translation>
    </message>
    <message>
        <source>{0} left</source>
        <translation>noch {0}</translation>
    </message>
    <message>
        <source>Time: {0}    Full breaths: {1}</source>
        <translation>Zeit: {0}    Volle Atemzüge: {1}</translation>
    </message>
    <message>
        <source>Your pace: started at {0}, ended at {1}</source>
        <translation>Ihr Tempo: begonnen bei {0}, beendet bei {1}</translation>
    </message>
    <message>
        <source>Staying at your pace, {0}</source>
        <translation>Bei Ihrem Tempo bleiben, {0}</translation>
    </message>
    <message>
        <source>Staying at your pace</source>
        <translation>Bei Ihrem Tempo bleiben</translation>
    </message>
    <message>
        <source>At {0} now</source>
        <translation>Jetzt bei {0}</translation>
    </message>
    <message>
        <source>Your pace {0}, slowly toward {1}</source>
        <translation>Ihr Tempo {0}, langsam hin zu {1}</translation>
    </message>
    <message>
        <source>Slowly leading from your own pace</source>
        <translation>Langsam vom eigenen Tempo aus geführt</translation>
    </message>
    <message>
        <source>When it feels right, some people like longer sessions of five minutes or more.</source>
        <translation>Wenn es sich richtig anfühlt, mögen manche Menschen längere Sitzungen von fünf Minuten oder mehr.</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Hold gently</source>
        <translation>Sanft halten</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Ruhen</translation>
    </message>
    <message>
        <source>Lips softly pursed, as if blowing out a candle.</source>
        <translation>Die Lippen sanft gespitzt, als würden Sie eine Kerze ausblasen.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
</context>
<context>
    <name>BreathingSetup</name>
    <message>
        <source>Breathe</source>
        <translation>Atmen</translation>
    </message>
    <message>
        <source>Breathe softly, not deeply. Follow the circle, or close your eyes and follow the sounds.</source>
        <translation>Atmen Sie sanft, nicht tief. Folgen Sie dem Kreis, oder schließen Sie die Augen und folgen Sie den Tönen.</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} Min.</translation>
    </message>
    <message>
        <source>As long as I like</source>
        <translation>So lange ich möchte</translation>
    </message>
    <message>
        <source>Start where you are: tap my own breathing first</source>
        <translation>Bei mir beginnen: zuerst meinen eigenen Atem mittippen</translation>
    </message>
    <message>
        <source>The circle starts at your own pace and leads it slowly, by small steps, toward the pattern</source>
        <translation>Der Kreis beginnt in Ihrem eigenen Tempo und führt es langsam, in kleinen Schritten, zum Muster hin</translation>
    </message>
    <message>
        <source>The circle starts at your own pace, then lengthens the out-breath a little at a time, never faster than you can follow.</source>
        <translation>Der Kreis beginnt in Ihrem eigenen Tempo und verlängert dann das Ausatmen nach und nach, nie schneller, als Sie folgen können.</translation>
    </message>
    <message>
        <source>Soft sound at each breath (for closed eyes)</source>
        <translation>Ein sanfter Ton bei jedem Atemzug (für geschlossene Augen)</translation>
    </message>
    <message>
        <source>Spoken cues: “breathe in”, “breathe out”</source>
        <translation>Gesprochene Hinweise: „einatmen“, „ausatmen“</translation>
    </message>
    <message>
        <source>Show counting numbers</source>
        <translation>Zahlen zum Mitzählen zeigen</translation>
    </message>
    <message>
        <source>Pursed-lip reminder on the out-breath</source>
        <translation>Erinnerung an die Lippenbremse beim Ausatmen</translation>
    </message>
    <message>
        <source>Comfort &amp;&amp; safety</source>
        <translation>Tipps &amp;&amp; Sicherheit</translation>
    </message>
    <message>
        <source>Tips for comfort and when to stop</source>
        <translation>Tipps zum Wohlfühlen und wann Sie aufhören sollten</translation>
    </message>
</context>
<context>
    <name>Breathless</name>
    <message>
        <source>Only me</source>
        <translation>Nur ich</translation>
    </message>
    <message>
        <source>Family or a friend</source>
        <translation>Angehörige oder Freunde</translation>
    </message>
    <message>
        <source>A carer or nurse</source>
        <translation>Eine Pflegekraft</translation>
    </message>
    <message>
        <source>Who was there (press again to clear)</source>
        <translation>Wer dabei war (erneut drücken zum Aufheben)</translation>
    </message>
    <message>
        <source>Rest now, for as long as you need</source>
        <translation>Ruhen Sie sich jetzt aus, so lange Sie brauchen</translation>
    </message>
    <message>
        <source>Later, if you like, a few words for the record. Leave any of it.</source>
        <translation>Später, wenn Sie möchten, ein paar Worte für die Aufzeichnung. Alles davon können Sie weglassen.</translation>
    </message>
    <message>
        <source>How breathless was it as it began?</source>
        <translation>Wie stark war die Atemnot zu Beginn?</translation>
    </message>
    <message>
        <source>How breathless is it now?</source>
        <translation>Wie stark ist die Atemnot jetzt?</translation>
    </message>
    <message>
        <source>Who was there?</source>
        <translation>Wer war dabei?</translation>
    </message>
    <message>
        <source>A note</source>
        <translation>Eine Notiz</translation>
    </message>
    <message>
        <source>What helped, what set it off, anything for the care team</source>
        <translation>Was geholfen hat, was sie ausgelöst hat, etwas für das Behandlungsteam</translation>
    </message>
    <message>
        <source>Do not keep this</source>
        <translation>Nicht behalten</translation>
    </message>
    <message>
        <source>Remove this episode from History (it asks first)</source>
        <translation>Diese Episode aus dem Verlauf entfernen (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Keep what is written and go to the home screen (Esc)</source>
        <translation>Das Geschriebene behalten und zur Startseite gehen (Esc)</translation>
    </message>
    <message>
        <source>It lasted {0}. It is kept in History.</source>
        <translation>Sie dauerte {0}. Sie ist im Verlauf gespeichert.</translation>
    </message>
    <message>
        <source>It lasted {0}.</source>
        <translation>Sie dauerte {0}.</translation>
    </message>
    <message>
        <source>Breathless now</source>
        <translation>Atemnot jetzt</translation>
    </message>
    <message>
        <source>When to get urgent help</source>
        <translation>Wann Sie sofort Hilfe holen sollten</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>The step before (←)</source>
        <translation>Der Schritt davor (←)</translation>
    </message>
    <message>
        <source>For the carer</source>
        <translation>Für Helfende</translation>
    </message>
    <message>
        <source>What the person helping can do and say</source>
        <translation>Was die helfende Person tun und sagen kann</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Der Plan</translation>
    </message>
    <message>
        <source>The care team&apos;s plan: medicine, who to call, when to call</source>
        <translation>Der Plan des Behandlungsteams: Medikamente, wen und wann anrufen</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>End here, and rest; note how it went if you like (Esc)</source>
        <translation>Hier aufhören und ausruhen; wenn Sie möchten, notieren Sie, wie es war (Esc)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>The next step (Space or →)</source>
        <translation>Der nächste Schritt (Leertaste oder →)</translation>
    </message>
    <message>
        <source>For the person helping</source>
        <translation>Für die helfende Person</translation>
    </message>
    <message>
        <source>What you can say, softly, the same each time:</source>
        <translation>Was Sie sagen können, leise und jedes Mal gleich:</translation>
    </message>
    <message>
        <source>Breathe out slowly.</source>
        <translation>Langsam ausatmen.</translation>
    </message>
    <message>
        <source>Back to the steps</source>
        <translation>Zurück zu den Schritten</translation>
    </message>
    <message>
        <source>The step you were on (Esc)</source>
        <translation>Der Schritt, bei dem Sie waren (Esc)</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} von {1}</translation>
    </message>
    <message>
        <source>End here, and rest (Space)</source>
        <translation>Hier aufhören und ausruhen (Leertaste)</translation>
    </message>
    <message>
        <source>Remove this episode from History?</source>
        <translation>Diese Episode aus dem Verlauf entfernen?</translation>
    </message>
    <message>
        <source>It will not be kept anywhere. This cannot be undone.</source>
        <translation>Sie wird nirgends aufbewahrt. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Your plan from the care team</source>
        <translation>Ihr Plan vom Behandlungsteam</translation>
    </message>
    <message>
        <source>There is no plan here yet. Ask your care team for a breathlessness action plan, and write it here with them.</source>
        <translation>Hier gibt es noch keinen Plan. Bitten Sie Ihr Behandlungsteam um einen Plan für Atemnot und schreiben Sie ihn gemeinsam hier auf.</translation>
    </message>
    <message>
        <source>Your medicine for breathlessness</source>
        <translation>Ihr Medikament bei Atemnot</translation>
    </message>
    <message>
        <source>Who to call</source>
        <translation>Wen Sie anrufen</translation>
    </message>
    <message>
        <source>When to call the emergency number</source>
        <translation>Wann Sie den Notruf wählen</translation>
    </message>
    <message>
        <source>Write the plan</source>
        <translation>Plan aufschreiben</translation>
    </message>
    <message>
        <source>The care team&apos;s words: medicine, who to call, when to call</source>
        <translation>Die Worte des Behandlungsteams: Medikamente, wen und wann anrufen</translation>
    </message>
    <message>
        <source>Written on {1} with {0}.</source>
        <translation>Am {1} mit {0} geschrieben.</translation>
    </message>
    <message>
        <source>Written on {0}.</source>
        <translation>Am {0} geschrieben.</translation>
    </message>
    <message>
        <source>Change the plan</source>
        <translation>Plan ändern</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>The emergency number</source>
        <translation>Der Notruf</translation>
    </message>
    <message>
        <source>Written with</source>
        <translation>Geschrieben mit</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>The breathlessness plan</source>
        <translation>Der Plan für Atemnot</translation>
    </message>
    <message>
        <source>For the care team to write, or a carer with them, in their own words. It is shown as the last step of Breathless now.</source>
        <translation>Zum Ausfüllen durch das Behandlungsteam oder mit ihm zusammen, in seinen eigenen Worten. Er erscheint als letzter Schritt von „Atemnot jetzt“.</translation>
    </message>
    <message>
        <source>When to use the medicine prescribed for breathlessness</source>
        <translation>Wann Sie das verordnete Medikament gegen Atemnot nehmen</translation>
    </message>
    <message>
        <source>Which medicine, how much and when, as the care team said</source>
        <translation>Welches Medikament, wie viel und wann, wie vom Behandlungsteam besprochen</translation>
    </message>
    <message>
        <source>Who to call, and their numbers</source>
        <translation>Wen Sie anrufen, mit Telefonnummern</translation>
    </message>
    <message>
        <source>Who to call {0}</source>
        <translation>Ansprechperson {0}</translation>
    </message>
    <message>
        <source>A name or a role, such as the district nurses</source>
        <translation>Ein Name oder eine Funktion, zum Beispiel der Pflegedienst</translation>
    </message>
    <message>
        <source>Their number {0}</source>
        <translation>Telefonnummer {0}</translation>
    </message>
    <message>
        <source>A telephone number</source>
        <translation>Eine Telefonnummer</translation>
    </message>
    <message>
        <source>The signs the care team named</source>
        <translation>Die Anzeichen, die das Behandlungsteam genannt hat</translation>
    </message>
    <message>
        <source>The emergency number (such as 999, 112 or 911)</source>
        <translation>Der Notruf (zum Beispiel 112, 999 oder 911)</translation>
    </message>
    <message>
        <source>The number to call in an emergency</source>
        <translation>Die Nummer für den Notfall</translation>
    </message>
    <message>
        <source>Written with (a name or a role)</source>
        <translation>Geschrieben mit (ein Name oder eine Funktion)</translation>
    </message>
    <message>
        <source>Who in the care team wrote it with you</source>
        <translation>Wer aus dem Behandlungsteam ihn mit Ihnen geschrieben hat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close the form without saving</source>
        <translation>Formular schließen, ohne zu speichern</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>Plan speichern</translation>
    </message>
    <message>
        <source>“{0}” is not a telephone number.</source>
        <translation>„{0}“ ist keine Telefonnummer.</translation>
    </message>
    <message>
        <source>{0} is too long.</source>
        <translation>{0} ist zu lang.</translation>
    </message>
    <message>
        <source>The plan could not be saved on this computer ({0}). What you typed is still here.</source>
        <translation>Der Plan konnte auf diesem Computer nicht gespeichert werden ({0}). Was Sie eingegeben haben, ist noch da.</translation>
    </message>
    <message>
        <source>The breathlessness plan is saved. It is the last step of Breathless now.</source>
        <translation>Der Plan für Atemnot ist gespeichert. Er ist der letzte Schritt von „Atemnot jetzt“.</translation>
    </message>
    <message>
        <source>Play the sound as I breathe out</source>
        <translation>Den Ton beim Ausatmen abspielen</translation>
    </message>
    <message>
        <source>Press as you begin to breathe out: a long soft sound falls with your breath</source>
        <translation>Drücken, wenn Sie mit dem Ausatmen beginnen: Ein langer, sanfter Ton sinkt mit Ihrem Atem</translation>
    </message>
    <message>
        <source>Sit and lean forward, arms on your knees or a table</source>
        <translation>Sitzen und nach vorn lehnen, die Arme auf den Knien oder einem Tisch</translation>
    </message>
    <message>
        <source>Stand and lean forward on a wall or a rail</source>
        <translation>Stehen und nach vorn an eine Wand oder ein Geländer lehnen</translation>
    </message>
    <message>
        <source>Lie on your side, propped up on pillows</source>
        <translation>Auf der Seite liegen, mit Kissen gestützt</translation>
    </message>
    <message>
        <source>A hand-held fan held near the face, its air on the nose and mouth</source>
        <translation>Ein Handventilator nah am Gesicht, sein Luftzug auf Nase und Mund</translation>
    </message>
    <message>
        <source>A face breathing out through softly rounded lips</source>
        <translation>Ein Gesicht, das durch sanft gerundete Lippen ausatmet</translation>
    </message>
    <message>
        <source>An open hand, its fingers numbered one to five</source>
        <translation>Eine offene Hand, die Finger von eins bis fünf nummeriert</translation>
    </message>
    <message>
        <source>A person sitting back at rest, eyes closed, shoulders low</source>
        <translation>Ein Mensch, der entspannt zurückgelehnt sitzt, die Augen geschlossen, die Schultern locker</translation>
    </message>
    <message>
        <source>Thumb: notice it, and stop.</source>
        <translation>Daumen: Nehmen Sie es wahr und halten Sie inne.</translation>
    </message>
    <message>
        <source>First finger: sigh out, let your shoulders drop.</source>
        <translation>Zeigefinger: Seufzen Sie aus, lassen Sie die Schultern sinken.</translation>
    </message>
    <message>
        <source>Middle finger: let the breath come in, gently.</source>
        <translation>Mittelfinger: Lassen Sie den Atem sanft einströmen.</translation>
    </message>
    <message>
        <source>Ring finger: breathe out slowly, a little longer.</source>
        <translation>Ringfinger: Atmen Sie langsam aus, etwas länger.</translation>
    </message>
    <message>
        <source>Little finger: stretch your fingers, then let them rest.</source>
        <translation>Kleiner Finger: Strecken Sie die Finger, dann lassen Sie sie ruhen.</translation>
    </message>
    <message>
        <source>Breathe out slowly…</source>
        <translation>Langsam ausatmen…</translation>
    </message>
    <message>
        <source>Longer…</source>
        <translation>Länger…</translation>
    </message>
    <message>
        <source>Slower…</source>
        <translation>Langsamer…</translation>
    </message>
    <message>
        <source>Let the in-breath come by itself.</source>
        <translation>Lassen Sie das Einatmen von selbst kommen.</translation>
    </message>
    <message>
        <source>Take your time.</source>
        <translation>Lassen Sie sich Zeit.</translation>
    </message>
    <message>
        <source>This feeling usually settles.</source>
        <translation>Dieses Gefühl geht meist vorüber.</translation>
    </message>
    <message>
        <source>Breathe out slowly, and rest.</source>
        <translation>Langsam ausatmen und ausruhen.</translation>
    </message>
    <message>
        <source>Find a position that helps</source>
        <translation>Eine Haltung finden, die hilft</translation>
    </message>
    <message>
        <source>Let your shoulders drop.</source>
        <translation>Lassen Sie die Schultern sinken.</translation>
    </message>
    <message>
        <source>Find a position that helps. Let your shoulders drop.</source>
        <translation>Finden Sie eine Haltung, die hilft. Lassen Sie die Schultern sinken.</translation>
    </message>
    <message>
        <source>Turn on the fan</source>
        <translation>Ventilator einschalten</translation>
    </message>
    <message>
        <source>Let it blow on your face, on your nose and mouth.</source>
        <translation>Lassen Sie ihn auf Ihr Gesicht blasen, auf Nase und Mund.</translation>
    </message>
    <message>
        <source>No fan? Open a window a little.</source>
        <translation>Kein Ventilator? Öffnen Sie ein Fenster einen Spalt.</translation>
    </message>
    <message>
        <source>Turn on the fan. Let it blow on your face.</source>
        <translation>Schalten Sie den Ventilator ein. Lassen Sie ihn auf Ihr Gesicht blasen.</translation>
    </message>
    <message>
        <source>Breathe out, longer</source>
        <translation>Ausatmen, länger</translation>
    </message>
    <message>
        <source>Follow the soft falling sound with your out-breath.</source>
        <translation>Folgen Sie dem sanft sinkenden Ton mit Ihrem Ausatmen.</translation>
    </message>
    <message>
        <source>Lips softly rounded, if that helps.</source>
        <translation>Die Lippen sanft gerundet, wenn das hilft.</translation>
    </message>
    <message>
        <source>The calming hand</source>
        <translation>Die beruhigende Hand</translation>
    </message>
    <message>
        <source>Go round again if you need to.</source>
        <translation>Gehen Sie die Finger noch einmal durch, wenn Sie es brauchen.</translation>
    </message>
    <message>
        <source>The calming hand. Hold your thumb, and stop.</source>
        <translation>Die beruhigende Hand. Fassen Sie Ihren Daumen und halten Sie inne.</translation>
    </message>
    <message>
        <source>Take your time</source>
        <translation>Lassen Sie sich Zeit</translation>
    </message>
    <message>
        <source>When it eases, stay still a while before you move.</source>
        <translation>Wenn es nachlässt, bleiben Sie eine Weile still, bevor Sie sich bewegen.</translation>
    </message>
    <message>
        <source>Your plan from the care team.</source>
        <translation>Ihr Plan vom Behandlungsteam.</translation>
    </message>
    <message>
        <source>Stay calm, and stay close. Your calm helps.</source>
        <translation>Bleiben Sie ruhig und in der Nähe. Ihre Ruhe hilft.</translation>
    </message>
    <message>
        <source>Speak little. Ask questions they can answer with yes, no or a nod.</source>
        <translation>Sprechen Sie wenig. Stellen Sie Fragen, die sich mit Ja, Nein oder einem Nicken beantworten lassen.</translation>
    </message>
    <message>
        <source>Let them recover before you talk about it.</source>
        <translation>Lassen Sie die Person sich erholen, bevor Sie darüber sprechen.</translation>
    </message>
    <message>
        <source>Cool air helps: the fan on their face, or open a window.</source>
        <translation>Kühle Luft hilft: der Ventilator auf das Gesicht oder ein offenes Fenster.</translation>
    </message>
    <message>
        <source>Give them room: do not crowd them.</source>
        <translation>Geben Sie Raum: Drängen Sie sich nicht um die Person.</translation>
    </message>
    <message>
        <source>Help them into a position that eases their breathing.</source>
        <translation>Helfen Sie der Person in eine Haltung, die das Atmen erleichtert.</translation>
    </message>
    <message>
        <source>Follow the plan from their care team.</source>
        <translation>Folgen Sie dem Plan ihres Behandlungsteams.</translation>
    </message>
    <message>
        <source>Call {0} now</source>
        <translation>Rufen Sie jetzt {0} an</translation>
    </message>
    <message>
        <source>Call the emergency number now</source>
        <translation>Rufen Sie jetzt den Notruf an</translation>
    </message>
    <message>
        <source>{0} if you cannot speak, your lips or face turn blue or grey, you have chest pain, or this is new or much worse than usual.</source>
        <translation>{0}, wenn Sie nicht sprechen können, Lippen oder Gesicht blau oder grau werden, Sie Schmerzen in der Brust haben oder dies neu oder viel schlimmer als sonst ist.</translation>
    </message>
    <message>
        <source>Companion guides you through these steps and shows the plan your care team wrote. It does not replace them or their advice.</source>
        <translation>Companion führt Sie durch diese Schritte und zeigt den Plan, den Ihr Behandlungsteam geschrieben hat. Es ersetzt weder das Team noch seinen Rat.</translation>
    </message>
</context>
<context>
    <name>CarePlan</name>
    <message>
        <source>No limits</source>
        <translation>Keine Grenzen</translation>
    </message>
    <message>
        <source>No neck movements</source>
        <translation>Keine Nackenbewegungen</translation>
    </message>
    <message>
        <source>No back movements</source>
        <translation>Keine Rückenbewegungen</translation>
    </message>
    <message>
        <source>Arms and hands only</source>
        <translation>Nur Arme und Hände</translation>
    </message>
    <message>
        <source>Legs and feet only</source>
        <translation>Nur Beine und Füße</translation>
    </message>
    <message>
        <source>Paced breathing</source>
        <translation>Geführtes Atmen</translation>
    </message>
    <message>
        <source>Guided imagery</source>
        <translation>Fantasiereise</translation>
    </message>
    <message>
        <source>Gentle stretches</source>
        <translation>Sanfte Dehnübungen</translation>
    </message>
    <message>
        <source>Hand massage</source>
        <translation>Handmassage</translation>
    </message>
    <message>
        <source>Calming music</source>
        <translation>Beruhigende Musik</translation>
    </message>
    <message>
        <source>low platelets or easy bruising</source>
        <translation>niedrige Blutplättchen oder leicht blaue Flecken</translation>
    </message>
    <message>
        <source>fragile bones or bone metastases</source>
        <translation>brüchige Knochen oder Knochenmetastasen</translation>
    </message>
    <message>
        <source>a swollen arm or lymphoedema</source>
        <translation>ein geschwollener Arm oder ein Lymphödem</translation>
    </message>
    <message>
        <source>a possible blood clot</source>
        <translation>ein mögliches Blutgerinnsel</translation>
    </message>
    <message>
        <source>broken skin</source>
        <translation>verletzte Haut</translation>
    </message>
    <message>
        <source>recent surgery or radiotherapy</source>
        <translation>eine frische Operation oder Bestrahlung</translation>
    </message>
    <message>
        <source>a drip or line in the arm</source>
        <translation>eine Infusion oder ein Zugang im Arm</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>not sure</source>
        <translation>unsicher</translation>
    </message>
    <message>
        <source>Not discussed</source>
        <translation>Nicht besprochen</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Befürwortet</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Nicht befürwortet</translation>
    </message>
    <message>
        <source>Your care team has not approved this.</source>
        <translation>Ihr Behandlungsteam hat dies nicht befürwortet.</translation>
    </message>
    <message>
        <source>Their note: {0}</source>
        <translation>Seine Notiz: {0}</translation>
    </message>
    <message>
        <source>Approved by your care team.</source>
        <translation>Von Ihrem Behandlungsteam befürwortet.</translation>
    </message>
    <message>
        <source>{0}, {1} min</source>
        <translation>{0}, {1} Min.</translation>
    </message>
</context>
<context>
    <name>CarePlanPage</name>
    <message>
        <source>Care plan</source>
        <translation>Behandlungsplan</translation>
    </message>
    <message>
        <source>For the care team, or a carer with them. Companion shows what the team wrote here; it never decides a treatment.</source>
        <translation>Für das Behandlungsteam oder eine pflegende Person zusammen mit ihm. Companion zeigt, was das Team hier geschrieben hat; es entscheidet nie über eine Behandlung.</translation>
    </message>
    <message>
        <source>Before a hand massage</source>
        <translation>Vor einer Handmassage</translation>
    </message>
    <message>
        <source>The questions the massage guide asks every time. Answers given here or before a massage are the same answers.</source>
        <translation>Die Fragen, die die Massageanleitung jedes Mal stellt. Antworten hier und vor einer Massage sind dieselben Antworten.</translation>
    </message>
    <message>
        <source>Breathlessness action plan…</source>
        <translation>Plan für Atemnot…</translation>
    </message>
    <message>
        <source>What to do in an attack of breathlessness, written with the team</source>
        <translation>Was bei einem Anfall von Atemnot zu tun ist, gemeinsam mit dem Team geschrieben</translation>
    </message>
    <message>
        <source>An attack of breathlessness</source>
        <translation>Ein Anfall von Atemnot</translation>
    </message>
    <message>
        <source>Rate as an observer…</source>
        <translation>Als Beobachter bewerten…</translation>
    </message>
    <message>
        <source>PAINAD and a carer&apos;s estimate of breathlessness, for a patient who cannot answer</source>
        <translation>PAINAD und eine Einschätzung der Atemnot durch eine pflegende Person, wenn die Patientin oder der Patient nicht antworten kann</translation>
    </message>
    <message>
        <source>When the patient cannot answer</source>
        <translation>Wenn die Patientin oder der Patient nicht antworten kann</translation>
    </message>
    <message>
        <source>A carer can rate what they see, before or after any session or on its own. It is always labelled as observer-rated.</source>
        <translation>Eine pflegende Person kann bewerten, was sie sieht, vor oder nach einer Sitzung oder unabhängig davon. Das wird immer als Fremdeinschätzung gekennzeichnet.</translation>
    </message>
    <message>
        <source>Written with</source>
        <translation>Geschrieben mit</translation>
    </message>
    <message>
        <source>The nurse or doctor this plan was written with</source>
        <translation>Die Pflegekraft oder die Ärztin bzw. der Arzt, mit der dieser Plan geschrieben wurde</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Back to the home screen (Esc)</source>
        <translation>Zurück zur Startseite (Esc)</translation>
    </message>
    <message>
        <source>What symptom is most distressing now?</source>
        <translation>Welches Symptom belastet jetzt am meisten?</translation>
    </message>
    <message>
        <source>For example: breathlessness at night</source>
        <translation>Zum Beispiel: Atemnot in der Nacht</translation>
    </message>
    <message>
        <source>What outcome matters most?</source>
        <translation>Was ist am wichtigsten?</translation>
    </message>
    <message>
        <source>For example: to sleep through the night</source>
        <translation>Zum Beispiel: die Nacht durchschlafen</translation>
    </message>
    <message>
        <source>How much time and energy is there each day?</source>
        <translation>Wie viel Zeit und Kraft gibt es jeden Tag?</translation>
    </message>
    <message>
        <source>For example: ten minutes in the afternoon</source>
        <translation>Zum Beispiel: zehn Minuten am Nachmittag</translation>
    </message>
    <message>
        <source>The three questions to answer before starting.</source>
        <translation>Die drei Fragen, die vor dem Beginn beantwortet werden.</translation>
    </message>
    <message>
        <source>Three questions</source>
        <translation>Drei Fragen</translation>
    </message>
    <message>
        <source>Which activities the care team approves, with their note.</source>
        <translation>Welche Aktivitäten das Behandlungsteam befürwortet, mit seiner Notiz.</translation>
    </message>
    <message>
        <source>The care team&apos;s note on {0}</source>
        <translation>Die Notiz des Behandlungsteams zu {0}</translation>
    </message>
    <message>
        <source>Their note (optional), e.g. how often or what to avoid</source>
        <translation>Ihre Notiz (freiwillig), z. B. wie oft oder was zu vermeiden ist</translation>
    </message>
    <message>
        <source>What is not approved</source>
        <translation>Was nicht befürwortet ist</translation>
    </message>
    <message>
        <source>Show it, marked with the note</source>
        <translation>Zeigen, mit der Notiz gekennzeichnet</translation>
    </message>
    <message>
        <source>Leave it off Home (and say so)</source>
        <translation>Nicht auf der Startseite zeigen (und das sagen)</translation>
    </message>
    <message>
        <source>Approved activities</source>
        <translation>Befürwortete Aktivitäten</translation>
    </message>
    <message>
        <source>Today&apos;s suggestion</source>
        <translation>Vorschlag für heute</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Minutes a day</source>
        <translation>Minuten am Tag</translation>
    </message>
    <message>
        <source>min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>When or how</source>
        <translation>Wann oder wie</translation>
    </message>
    <message>
        <source>Optional, e.g. after lunch, sitting up</source>
        <translation>Freiwillig, z. B. nach dem Mittagessen, im Sitzen</translation>
    </message>
    <message>
        <source>Begin small: one technique, ten minutes a day. Home offers it with one press, and never counts days.</source>
        <translation>Klein anfangen: eine Übung, zehn Minuten am Tag. Die Startseite bietet sie mit einem Druck an und zählt nie Tage.</translation>
    </message>
    <message>
        <source>Movement limits</source>
        <translation>Grenzen bei Bewegung</translation>
    </message>
    <message>
        <source>Movements outside the limits</source>
        <translation>Bewegungen außerhalb der Grenzen</translation>
    </message>
    <message>
        <source>Show them, marked</source>
        <translation>Zeigen, gekennzeichnet</translation>
    </message>
    <message>
        <source>Hide them</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Stretch marks or hides the movements these limits rule out.</source>
        <translation>„Dehnen“ kennzeichnet oder verbirgt die Bewegungen, die diese Grenzen ausschließen.</translation>
    </message>
    <message>
        <source>Loading the questions…</source>
        <translation>Die Fragen werden geladen…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <source>Last answered on {0}.</source>
        <translation>Zuletzt beantwortet am {0}.</translation>
    </message>
    <message>
        <source>Last changed on {0}.</source>
        <translation>Zuletzt geändert am {0}.</translation>
    </message>
    <message>
        <source>Nothing written yet.</source>
        <translation>Noch nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>CheckinSheet</name>
    <message>
        <source>Other problem: its name</source>
        <translation>Anderes Problem: seine Bezeichnung</translation>
    </message>
    <message>
        <source>Optional: name it, then rate it below</source>
        <translation>Freiwillig: benennen Sie es und bewerten Sie es unten</translation>
    </message>
    <message>
        <source>Other problem (optional)</source>
        <translation>Anderes Problem (freiwillig)</translation>
    </message>
    <message>
        <source>Also (not part of ESAS-r)</source>
        <translation>Außerdem (nicht Teil von ESAS-r)</translation>
    </message>
</context>
<context>
    <name>CoreTexts</name>
    <message>
        <source>Questions from the revised Edmonton Symptom Assessment System (ESAS-r), Alberta Health Services; used unchanged.</source>
        <translation>Fragen aus dem überarbeiteten Edmonton Symptom Assessment System (ESAS-r), Alberta Health Services; inhaltlich unverändert, auf Deutsch in einer nicht validierten Übersetzung.</translation>
    </message>
    <message>
        <source>Please choose the number that best describes how you feel NOW</source>
        <translation>Bitte wählen Sie die Zahl, die am besten beschreibt, wie Sie sich JETZT fühlen</translation>
    </message>
    <message>
        <source>A change of 1 point or more is the smallest that may matter to a person (Hui 2015). It is possibly meaningful, not proof that a session helped.</source>
        <translation>Eine Veränderung um 1 Punkt oder mehr ist die kleinste, die für einen Menschen von Bedeutung sein kann (Hui 2015). Sie ist möglicherweise bedeutsam, aber kein Beweis, dass eine Sitzung geholfen hat.</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerzen</translation>
    </message>
    <message>
        <source>No Pain</source>
        <translation>Keine Schmerzen</translation>
    </message>
    <message>
        <source>Worst Possible Pain</source>
        <translation>Schlimmste vorstellbare Schmerzen</translation>
    </message>
    <message>
        <source>Tiredness (Tiredness = lack of energy)</source>
        <translation>Müdigkeit (Müdigkeit = Mangel an Energie)</translation>
    </message>
    <message>
        <source>Tiredness</source>
        <translation>Müdigkeit</translation>
    </message>
    <message>
        <source>No Tiredness</source>
        <translation>Keine Müdigkeit</translation>
    </message>
    <message>
        <source>Worst Possible Tiredness</source>
        <translation>Schlimmste vorstellbare Müdigkeit</translation>
    </message>
    <message>
        <source>Drowsiness (Drowsiness = feeling sleepy)</source>
        <translation>Schläfrigkeit (Schläfrigkeit = sich schläfrig fühlen)</translation>
    </message>
    <message>
        <source>Drowsiness</source>
        <translation>Schläfrigkeit</translation>
    </message>
    <message>
        <source>No Drowsiness</source>
        <translation>Keine Schläfrigkeit</translation>
    </message>
    <message>
        <source>Worst Possible Drowsiness</source>
        <translation>Schlimmste vorstellbare Schläfrigkeit</translation>
    </message>
    <message>
        <source>Nausea</source>
        <translation>Übelkeit</translation>
    </message>
    <message>
        <source>No Nausea</source>
        <translation>Keine Übelkeit</translation>
    </message>
    <message>
        <source>Worst Possible Nausea</source>
        <translation>Schlimmste vorstellbare Übelkeit</translation>
    </message>
    <message>
        <source>Lack of Appetite</source>
        <translation>Appetitmangel</translation>
    </message>
    <message>
        <source>No Lack of Appetite</source>
        <translation>Kein Appetitmangel</translation>
    </message>
    <message>
        <source>Worst Possible Lack of Appetite</source>
        <translation>Schlimmster vorstellbarer Appetitmangel</translation>
    </message>
    <message>
        <source>Shortness of Breath</source>
        <translation>Atemnot</translation>
    </message>
    <message>
        <source>No Shortness of Breath</source>
        <translation>Keine Atemnot</translation>
    </message>
    <message>
        <source>Worst Possible Shortness of Breath</source>
        <translation>Schlimmste vorstellbare Atemnot</translation>
    </message>
    <message>
        <source>Depression (Depression = feeling sad)</source>
        <translation>Niedergeschlagenheit (Niedergeschlagenheit = sich traurig fühlen)</translation>
    </message>
    <message>
        <source>Depression</source>
        <translation>Niedergeschlagenheit</translation>
    </message>
    <message>
        <source>No Depression</source>
        <translation>Keine Niedergeschlagenheit</translation>
    </message>
    <message>
        <source>Worst Possible Depression</source>
        <translation>Schlimmste vorstellbare Niedergeschlagenheit</translation>
    </message>
    <message>
        <source>Anxiety (Anxiety = feeling nervous)</source>
        <translation>Angst (Angst = sich nervös fühlen)</translation>
    </message>
    <message>
        <source>Anxiety</source>
        <translation>Angst</translation>
    </message>
    <message>
        <source>No Anxiety</source>
        <translation>Keine Angst</translation>
    </message>
    <message>
        <source>Worst Possible Anxiety</source>
        <translation>Schlimmste vorstellbare Angst</translation>
    </message>
    <message>
        <source>Wellbeing (Wellbeing = how you feel overall)</source>
        <translation>Wohlbefinden (Wohlbefinden = wie Sie sich insgesamt fühlen)</translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation>Wohlbefinden</translation>
    </message>
    <message>
        <source>Best Wellbeing</source>
        <translation>Bestes Wohlbefinden</translation>
    </message>
    <message>
        <source>Worst Possible Wellbeing</source>
        <translation>Schlechtestes vorstellbares Wohlbefinden</translation>
    </message>
    <message>
        <source>Sleep last night</source>
        <translation>Schlaf letzte Nacht</translation>
    </message>
    <message>
        <source>Very poor</source>
        <translation>Sehr schlecht</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Sehr gut</translation>
    </message>
    <message>
        <source>Mood today</source>
        <translation>Stimmung heute</translation>
    </message>
    <message>
        <source>Very low</source>
        <translation>Sehr gedrückt</translation>
    </message>
    <message>
        <source>Breathlessness</source>
        <translation>Atemnot</translation>
    </message>
    <message>
        <source>Not breathless</source>
        <translation>Keine Atemnot</translation>
    </message>
    <message>
        <source>The worst I can imagine</source>
        <translation>Die schlimmste, die ich mir vorstellen kann</translation>
    </message>
    <message>
        <source>Pain Assessment in Advanced Dementia (PAINAD)</source>
        <translation>Schmerzeinschätzung bei fortgeschrittener Demenz (PAINAD)</translation>
    </message>
    <message>
        <source>Watch the person for about five minutes, then score what you saw.</source>
        <translation>Beobachten Sie die Person etwa fünf Minuten lang und bewerten Sie dann, was Sie gesehen haben.</translation>
    </message>
    <message>
        <source>PAINAD: Warden V, Hurley AC, Volicer L. Development and psychometric evaluation of the Pain Assessment in Advanced Dementia (PAINAD) scale. J Am Med Dir Assoc. 2003;4(1):9-15. Item wording as published.</source>
        <translation>PAINAD: Warden V, Hurley AC, Volicer L. Development and psychometric evaluation of the Pain Assessment in Advanced Dementia (PAINAD) scale. J Am Med Dir Assoc. 2003;4(1):9-15. Deutsche Formulierungen: eine nicht validierte Übersetzung des veröffentlichten Wortlauts.</translation>
    </message>
    <message>
        <source>Breathing independent of vocalization</source>
        <translation>Atmung (unabhängig von Lautäußerungen)</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Occasional labored breathing. Short period of hyperventilation.</source>
        <translation>Gelegentlich angestrengtes Atmen. Kurze Phasen von Hyperventilation.</translation>
    </message>
    <message>
        <source>Noisy labored breathing. Long period of hyperventilation. Cheyne-Stokes respirations.</source>
        <translation>Lautes, angestrengtes Atmen. Lange Phasen von Hyperventilation. Cheyne-Stokes-Atmung.</translation>
    </message>
    <message>
        <source>Negative vocalization</source>
        <translation>Negative Lautäußerungen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Occasional moan or groan. Low-level speech with a negative or disapproving quality.</source>
        <translation>Gelegentliches Stöhnen oder Ächzen. Leises Sprechen mit negativem oder missbilligendem Unterton.</translation>
    </message>
    <message>
        <source>Repeated troubled calling out. Loud moaning or groaning. Crying.</source>
        <translation>Wiederholtes beunruhigtes Rufen. Lautes Stöhnen oder Ächzen. Weinen.</translation>
    </message>
    <message>
        <source>Facial expression</source>
        <translation>Gesichtsausdruck</translation>
    </message>
    <message>
        <source>Smiling or inexpressive</source>
        <translation>Lächelnd oder ausdruckslos</translation>
    </message>
    <message>
        <source>Sad. Frightened. Frown.</source>
        <translation>Traurig. Ängstlich. Sorgenvoller Blick.</translation>
    </message>
    <message>
        <source>Facial grimacing.</source>
        <translation>Grimassieren.</translation>
    </message>
    <message>
        <source>Body language</source>
        <translation>Körpersprache</translation>
    </message>
    <message>
        <source>Relaxed</source>
        <translation>Entspannt</translation>
    </message>
    <message>
        <source>Tense. Distressed pacing. Fidgeting.</source>
        <translation>Angespannt. Unruhiges Hin- und Hergehen. Nesteln.</translation>
    </message>
    <message>
        <source>Rigid. Fists clenched. Knees pulled up. Pulling or pushing away. Striking out.</source>
        <translation>Starr. Geballte Fäuste. Angezogene Knie. Sich entziehen oder wegstoßen. Schlagen.</translation>
    </message>
    <message>
        <source>Consolability</source>
        <translation>Trostbarkeit</translation>
    </message>
    <message>
        <source>No need to console</source>
        <translation>Kein Trost nötig</translation>
    </message>
    <message>
        <source>Distracted or reassured by voice or touch.</source>
        <translation>Durch Stimme oder Berührung ablenkbar oder zu beruhigen.</translation>
    </message>
    <message>
        <source>Unable to console, distract, or reassure.</source>
        <translation>Nicht zu trösten, abzulenken oder zu beruhigen.</translation>
    </message>
    <message>
        <source>Breathlessness, as the carer sees it (carer&apos;s estimate)</source>
        <translation>Atemnot, wie die pflegende Person sie sieht (Einschätzung der pflegenden Person)</translation>
    </message>
    <message>
        <source>Not breathless at all</source>
        <translation>Überhaupt keine Atemnot</translation>
    </message>
    <message>
        <source>As breathless as they could be</source>
        <translation>So viel Atemnot, wie nur möglich</translation>
    </message>
    <message>
        <source>Not a validated translation: these ESAS-r questions are Companion&apos;s own translation of the English original.</source>
        <translation>Keine validierte Übersetzung: Diese ESAS-r-Fragen sind Companions eigene Übersetzung des englischen Originals.</translation>
    </message>
</context>
<context>
    <name>DataCard</name>
    <message>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation>Sichern…</translation>
    </message>
    <message>
        <source>Save all history as one file</source>
        <translation>Den ganzen Verlauf als eine Datei speichern</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <source>Bring back history from a backup file</source>
        <translation>Verlauf aus einer Sicherungsdatei zurückholen</translation>
    </message>
    <message>
        <source>Delete all my data…</source>
        <translation>Alle meine Daten löschen…</translation>
    </message>
    <message>
        <source>Remove every session, rating, note and check-in</source>
        <translation>Jede Sitzung, Bewertung, Notiz und jedes Tagesbefinden entfernen</translation>
    </message>
    <message>
        <source>Your data stays on this computer.</source>
        <translation>Ihre Daten bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <source>Save the export</source>
        <translation>Export speichern</translation>
    </message>
    <message>
        <source>Save a backup</source>
        <translation>Sicherung speichern</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Sicherung auswählen</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <source>Your history will be replaced by the backup. The current history is kept aside as a file beside it, so nothing is lost.</source>
        <translation>Ihr Verlauf wird durch die Sicherung ersetzt. Der jetzige Verlauf wird als Datei daneben aufbewahrt, damit nichts verloren geht.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Delete all my data?</source>
        <translation>Alle meine Daten löschen?</translation>
    </message>
    <message>
        <source>Every session, rating, note and check-in will be removed from this computer for good. This cannot be undone. Make a backup first if you may want them later. Your settings and playlists are kept.</source>
        <translation>Jede Sitzung, Bewertung, Notiz und jedes Tagesbefinden wird endgültig von diesem Computer entfernt. Das lässt sich nicht rückgängig machen. Legen Sie zuerst eine Sicherung an, wenn Sie die Daten später vielleicht noch brauchen. Ihre Einstellungen und Wiedergabelisten bleiben erhalten.</translation>
    </message>
    <message>
        <source>Delete all my data</source>
        <translation>Alle meine Daten löschen</translation>
    </message>
    <message>
        <source>All your history has been deleted.</source>
        <translation>Ihr gesamter Verlauf wurde gelöscht.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>That did not work: {0}</source>
        <translation>Das hat nicht geklappt: {0}</translation>
    </message>
</context>
<context>
    <name>EditView</name>
    <message>
        <source>This playlist comes with Companion and cannot be changed. Make your own copy to add, arrange or remove tracks.</source>
        <translation>Diese Wiedergabeliste gehört zu Companion und kann nicht geändert werden. Legen Sie eine eigene Kopie an, um Titel hinzuzufügen, zu ordnen oder zu entfernen.</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Rename this playlist</source>
        <translation>Diese Wiedergabeliste umbenennen</translation>
    </message>
    <message>
        <source>Delete playlist…</source>
        <translation>Wiedergabeliste löschen…</translation>
    </message>
    <message>
        <source>Delete this playlist (never the music files)</source>
        <translation>Diese Wiedergabeliste löschen (niemals die Musikdateien)</translation>
    </message>
    <message>
        <source>Make my own copy…</source>
        <translation>Eigene Kopie anlegen…</translation>
    </message>
    <message>
        <source>Copy this playlist so you can change it</source>
        <translation>Diese Wiedergabeliste kopieren, damit Sie sie ändern können</translation>
    </message>
    <message>
        <source>Add music…</source>
        <translation>Musik hinzufügen…</translation>
    </message>
    <message>
        <source>Add music files to this playlist</source>
        <translation>Musikdateien zu dieser Wiedergabeliste hinzufügen</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Add every music file in a folder</source>
        <translation>Jede Musikdatei aus einem Ordner hinzufügen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the track up (Ctrl+Up)</source>
        <translation>Den Titel nach oben verschieben (Strg+Pfeil nach oben)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the track down (Ctrl+Down)</source>
        <translation>Den Titel nach unten verschieben (Strg+Pfeil nach unten)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Take the chosen track out of this playlist (the file stays)</source>
        <translation>Den gewählten Titel aus dieser Wiedergabeliste nehmen (die Datei bleibt)</translation>
    </message>
    <message>
        <source>Find file…</source>
        <translation>Datei suchen…</translation>
    </message>
    <message>
        <source>Point the chosen track at where its file is now</source>
        <translation>Dem gewählten Titel zeigen, wo seine Datei jetzt liegt</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>In this order</source>
        <translation>In dieser Reihenfolge</translation>
    </message>
    <message>
        <source>Shuffle</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <source>From lively to calm</source>
        <translation>Von lebhaft zu ruhig</translation>
    </message>
    <message>
        <source>Every track plays once before any plays again</source>
        <translation>Jeder Titel wird einmal gespielt, bevor einer wiederholt wird</translation>
    </message>
    <message>
        <source>Start where they are, end calm: the liveliest track first, the calmest last (Companion listens to each track once to tell)</source>
        <translation>Dort beginnen, wo die Person ist, und ruhig enden: der lebhafteste Titel zuerst, der ruhigste zuletzt (Companion hört sich dafür jeden Titel einmal an)</translation>
    </message>
    <message>
        <source>The tracks play from the liveliest to the calmest, as music therapists start where a person is and end calm. A track Companion has not listened to yet keeps its place.</source>
        <translation>Die Titel laufen vom lebhaftesten zum ruhigsten, so wie Musiktherapeutinnen und -therapeuten dort beginnen, wo ein Mensch gerade ist, und ruhig enden. Ein Titel, den Companion noch nicht angehört hat, behält seinen Platz.</translation>
    </message>
    <message>
        <source>Even out loudness: every track plays as loud as the others</source>
        <translation>Lautstärke angleichen: Jeder Titel klingt so laut wie die anderen</translation>
    </message>
    <message>
        <source>Quiet and loud recordings play at one loudness, so nothing startles. Companion measures each track once.</source>
        <translation>Leise und laute Aufnahmen klingen gleich laut, damit nichts erschreckt. Companion misst jeden Titel einmal.</translation>
    </message>
    <message>
        <source>Also play tracks marked “unsettled” twice</source>
        <translation>Auch Titel spielen, die zweimal als „beunruhigend“ markiert wurden</translation>
    </message>
    <message>
        <source>They are left out unless this is ticked; their mark stays in the list</source>
        <translation>Ohne dieses Häkchen werden sie ausgelassen; ihre Markierung bleibt in der Liste</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>No repeat</source>
        <translation>Nicht wiederholen</translation>
    </message>
    <message>
        <source>Repeat the playlist</source>
        <translation>Wiedergabeliste wiederholen</translation>
    </message>
    <message>
        <source>Repeat the track</source>
        <translation>Titel wiederholen</translation>
    </message>
    <message>
        <source>Import a playlist…</source>
        <translation>Wiedergabeliste importieren…</translation>
    </message>
    <message>
        <source>Read an M3U or M3U8 playlist file</source>
        <translation>Eine M3U- oder M3U8-Wiedergabelistendatei einlesen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save this playlist as an M3U8 file</source>
        <translation>Diese Wiedergabeliste als M3U8-Datei speichern</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Back to the player (Esc)</source>
        <translation>Zurück zum Player (Esc)</translation>
    </message>
    <message>
        <source>How the music plays (every playlist)</source>
        <translation>Wie die Musik spielt (alle Wiedergabelisten)</translation>
    </message>
    <message>
        <source>Playlist files</source>
        <translation>Wiedergabelistendateien</translation>
    </message>
    <message>
        <source>Edit “{0}”</source>
        <translation>„{0}“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>FamilyCues</name>
    <message>
        <source>Someone close can record the breathing cues once. When spoken cues are on (in Breathe), they are said in that voice; a cue not recorded is said by the chosen voice.</source>
        <translation>Ein vertrauter Mensch kann die Atemhinweise einmal aufnehmen. Wenn gesprochene Hinweise eingeschaltet sind (bei „Atmen“), erklingen sie mit dieser Stimme; ein nicht aufgenommener Hinweis wird von der gewählten Stimme gesprochen.</translation>
    </message>
    <message>
        <source>Cue to record</source>
        <translation>Hinweis zum Aufnehmen</translation>
    </message>
    <message>
        <source>The end words</source>
        <translation>Die Schlussworte</translation>
    </message>
    <message>
        <source>The words to say</source>
        <translation>Die Worte, die gesagt werden</translation>
    </message>
    <message>
        <source>Say: “{0}”</source>
        <translation>Sagen Sie: „{0}“</translation>
    </message>
</context>
<context>
    <name>FhirPreview</name>
    <message>
        <source>One FHIR R4 Bundle (a collection, JSON) with {0} resources:</source>
        <translation>Ein FHIR-R4-Bundle (eine Sammlung, JSON) mit {0} Ressourcen:</translation>
    </message>
    <message>
        <source>1 Patient, with the name entered for the report</source>
        <translation>1 Patient, mit dem für den Bericht eingegebenen Namen</translation>
    </message>
    <message>
        <source>1 Patient, with no name and no identifier</source>
        <translation>1 Patient, ohne Namen und ohne Kennung</translation>
    </message>
    <message>
        <source>{0} Questionnaires: ESAS-r (unchanged, credited), the session ratings, the extra daily questions, PAINAD with the carer&apos;s estimate</source>
        <translation>{0} Questionnaires: ESAS-r (unverändert, mit Quellenangabe), die Bewertungen der Sitzungen, die zusätzlichen täglichen Fragen, PAINAD mit der Einschätzung der pflegenden Person</translation>
    </message>
    <message>
        <source>{0} Procedures: one per session ({1}), with its times and length</source>
        <translation>{0} Procedures: eine pro Sitzung ({1}), mit Zeiten und Dauer</translation>
    </message>
    <message>
        <source>{0} QuestionnaireResponses: one per check-in ({1}) and per rating set, {2} of them by an observer</source>
        <translation>{0} QuestionnaireResponses: eine pro Tagesbefinden ({1}) und pro Bewertungssatz, davon {2} durch eine beobachtende Person</translation>
    </message>
    <message>
        <source>{0} Observations: one per rated item; an observer&apos;s are labelled observer-rated, and &apos;could not rate&apos; is kept</source>
        <translation>{0} Observations: eine pro bewertetem Punkt; die einer beobachtenden Person sind als Fremdeinschätzung gekennzeichnet, und „nicht einschätzbar“ bleibt erhalten</translation>
    </message>
    <message>
        <source>{0} RelatedPersons and {1} Practitioners: the family and professional caregivers who answered or rated</source>
        <translation>{0} RelatedPersons und {1} Practitioners: die Angehörigen und Pflegefachkräfte, die geantwortet oder bewertet haben</translation>
    </message>
    <message>
        <source>Notes on sessions are included; day notes are not.</source>
        <translation>Notizen zu Sitzungen sind enthalten, Tagesnotizen nicht.</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Questions people often ask</source>
        <translation>Häufige Fragen</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Tastatur</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Where the ideas come from</source>
        <translation>Woher die Ideen kommen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Where your data is kept</source>
        <translation>Wo Ihre Daten liegen</translation>
    </message>
    <message>
        <source>History and playlists: {0}&lt;br&gt;Settings: {1}&lt;br&gt;The breathlessness plan: {3}&lt;br&gt;Spoken words, kept to save time: {2}&lt;br&gt;Only you can read these files. Nothing is sent anywhere.</source>
        <translation>Verlauf und Wiedergabelisten: {0}&lt;br&gt;Einstellungen: {1}&lt;br&gt;Der Plan für Atemnot: {3}&lt;br&gt;Gesprochene Worte, aufbewahrt, um Zeit zu sparen: {2}&lt;br&gt;Nur Sie können diese Dateien lesen. Nichts wird irgendwohin gesendet.</translation>
    </message>
    <message>
        <source>Companion {0}. It guides and records; it is not a replacement for your care team.</source>
        <translation>Companion {0}. Es begleitet und zeichnet auf; es ersetzt nicht Ihr Behandlungsteam.</translation>
    </message>
    <message>
        <source>About Companion</source>
        <translation>Über Companion</translation>
    </message>
    <message>
        <source>About Companion and its licences</source>
        <translation>Über Companion und seine Lizenzen</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Back to the home screen (Esc)</source>
        <translation>Zurück zur Startseite (Esc)</translation>
    </message>
    <message>
        <source>Show the welcome again</source>
        <translation>Die Begrüßung noch einmal zeigen</translation>
    </message>
    <message>
        <source>What Companion is and is not</source>
        <translation>Was Companion ist und was nicht</translation>
    </message>
    <message>
        <source>Companion {0} is free software: you may share and change it under the GNU General Public License, version 3 or later ({1}). It comes with no warranty. It bundles these parts, each under its own licence:</source>
        <translation>Companion {0} ist freie Software: Sie dürfen es unter der GNU General Public License, Version 3 oder später ({1}), weitergeben und verändern. Es gibt keine Gewährleistung. Es enthält diese Bestandteile, jeweils unter eigener Lizenz:</translation>
    </message>
    <message>
        <source>Breathless now follows what breathlessness services teach: the Breathing, Thinking, Functioning model (Spathis and others, npj Primary Care Respiratory Medicine 2017;27:27) and the leaflets of the Cambridge Breathlessness Intervention Service; studies of the hand-held fan (Luckett and others, European Respiratory Journal 2017; Bausewein and others, BMC Palliative Care 2010); the NHS patient leaflets on recovery breathing and the calming hand; and NHS Scotland&apos;s advice for carers. The ratings use the revised Edmonton Symptom Assessment System (ESAS-r, Alberta Health Services), unchanged. The pictures, sounds and words are Companion&apos;s own; none of it is a treatment.</source>
        <translation>„Atemnot jetzt“ folgt dem, was Fachdienste für Atemnot vermitteln: dem Modell „Breathing, Thinking, Functioning“ (Spathis und andere, npj Primary Care Respiratory Medicine 2017;27:27) und den Merkblättern des Cambridge Breathlessness Intervention Service; Studien zum Handventilator (Luckett und andere, European Respiratory Journal 2017; Bausewein und andere, BMC Palliative Care 2010); den Patientenmerkblättern des NHS zur Erholungsatmung und zur beruhigenden Hand; sowie den Ratschlägen von NHS Scotland für pflegende Angehörige. Die Bewertungen nutzen das überarbeitete Edmonton Symptom Assessment System (ESAS-r, Alberta Health Services) unverändert. Bilder, Töne und Worte stammen von Companion selbst; nichts davon ist eine Behandlung.</translation>
    </message>
    <message>
        <source>What is Breathless now?</source>
        <translation>Was ist „Atemnot jetzt“?</translation>
    </message>
    <message>
        <source>Help in an attack of breathlessness: press it at the top of Home, press F2, or choose it from the tray. It goes one step at a time and waits for you: a position that helps, a fan on the face, breathing out longer with a soft falling sound that follows you, the calming hand, a few calm words, then the plan your care team wrote. It does not replace them. Get urgent help if you cannot speak, your lips or face turn blue or grey, you have chest pain, or it is new or much worse than usual.</source>
        <translation>Hilfe bei einem Anfall von Atemnot: Drücken Sie oben auf der Startseite darauf, drücken Sie F2 oder wählen Sie es im Infobereich der Taskleiste. Es geht Schritt für Schritt vor und wartet auf Sie: eine Haltung, die hilft, ein Ventilator auf das Gesicht, längeres Ausatmen mit einem sanft sinkenden Ton, der Ihnen folgt, die beruhigende Hand, ein paar ruhige Worte, dann der Plan, den Ihr Behandlungsteam geschrieben hat. Es ersetzt das Team nicht. Holen Sie sofort Hilfe, wenn Sie nicht sprechen können, Lippen oder Gesicht blau oder grau werden, Sie Schmerzen in der Brust haben oder es neu oder viel schlimmer als sonst ist.</translation>
    </message>
    <message>
        <source>Is Companion a treatment?</source>
        <translation>Ist Companion eine Behandlung?</translation>
    </message>
    <message>
        <source>No. It guides relaxation and keeps a record. It does not diagnose or treat, and it does not replace your care team. Ask them before starting.</source>
        <translation>Nein. Es leitet Entspannung an und führt ein Protokoll. Es stellt keine Diagnose, behandelt nicht und ersetzt nicht Ihr Behandlungsteam. Fragen Sie dort nach, bevor Sie beginnen.</translation>
    </message>
    <message>
        <source>Why breathe in for 4 seconds and out for 6?</source>
        <translation>Warum 4 Sekunden einatmen und 6 ausatmen?</translation>
    </message>
    <message>
        <source>That is about six slow breaths a minute, a rhythm many people find calming. Breathe softly, not deeply. If it feels too long, choose Gentle or Very gentle, which are shorter; the out-breath is never shorter than the in-breath.</source>
        <translation>Das sind etwa sechs langsame Atemzüge pro Minute, ein Rhythmus, den viele Menschen beruhigend finden. Atmen Sie sanft, nicht tief. Wenn es Ihnen zu lang ist, wählen Sie „Sanft“ oder „Sehr sanft“, die kürzer sind; das Ausatmen ist nie kürzer als das Einatmen.</translation>
    </message>
    <message>
        <source>What if I feel dizzy, tingly or more breathless?</source>
        <translation>Was, wenn mir schwindlig wird, es kribbelt oder die Atemnot zunimmt?</translation>
    </message>
    <message>
        <source>Stop and breathe normally. These exercises are not for sudden or severe breathlessness: if you cannot speak in short sentences, get urgent help. Comfort &amp; safety in the breathing session has more tips.</source>
        <translation>Hören Sie auf und atmen Sie normal. Diese Übungen sind nicht für plötzliche oder schwere Atemnot gedacht: Wenn Sie nicht in kurzen Sätzen sprechen können, holen Sie sofort Hilfe. Unter „Tipps &amp; Sicherheit“ in der Atemübung finden Sie weitere Hinweise.</translation>
    </message>
    <message>
        <source>How long, and how often?</source>
        <translation>Wie lange und wie oft?</translation>
    </message>
    <message>
        <source>Three minutes is a good start, and any time helps. When it feels right, some people like five minutes or more. There is no score to keep: come back whenever you like.</source>
        <translation>Drei Minuten sind ein guter Anfang, und jede Zeit hilft. Wenn es sich richtig anfühlt, mögen manche Menschen fünf Minuten oder mehr. Es gibt keine Punkte zu sammeln: Kommen Sie wieder, wann immer Sie möchten.</translation>
    </message>
    <message>
        <source>Can I follow it with my eyes closed?</source>
        <translation>Kann ich mit geschlossenen Augen folgen?</translation>
    </message>
    <message>
        <source>Yes. A soft rising tone means breathe in and a falling one breathe out; spoken cues can be turned on in the session.</source>
        <translation>Ja. Ein sanft steigender Ton bedeutet einatmen, ein sinkender ausatmen; gesprochene Hinweise lassen sich in der Sitzung einschalten.</translation>
    </message>
    <message>
        <source>How do I make it quieter or darker at night?</source>
        <translation>Wie wird es nachts leiser oder dunkler?</translation>
    </message>
    <message>
        <source>Choose the Night theme in Settings, and lower the volume in the session or the player. Sounds are kept low on purpose, and reminders are silent at night unless you ask otherwise.</source>
        <translation>Wählen Sie in den Einstellungen das Nachtdesign und verringern Sie die Lautstärke in der Sitzung oder im Player. Töne sind absichtlich leise, und Erinnerungen sind nachts stumm, wenn Sie es nicht anders wünschen.</translation>
    </message>
    <message>
        <source>Can we play the patient&apos;s own music?</source>
        <translation>Können wir die eigene Musik der Patientin oder des Patienten abspielen?</translation>
    </message>
    <message>
        <source>Yes. In Listen, make a playlist and add music files or a whole folder. The sleep timer fades the music out gently.</source>
        <translation>Ja. Legen Sie unter „Hören“ eine Wiedergabeliste an und fügen Sie Musikdateien oder einen ganzen Ordner hinzu. Der Einschlaf-Timer blendet die Musik sanft aus.</translation>
    </message>
    <message>
        <source>Can we write our own relaxation script?</source>
        <translation>Können wir eine eigene Entspannungsgeschichte schreiben?</translation>
    </message>
    <message>
        <source>Yes. In Imagine, write one, or make your own copy of a bundled script and add the names of favourite places and people.</source>
        <translation>Ja. Schreiben Sie unter „Fantasiereise“ eine eigene, oder legen Sie eine Kopie einer mitgelieferten Geschichte an und fügen Sie die Namen von Lieblingsorten und lieben Menschen ein.</translation>
    </message>
    <message>
        <source>How do we share the history with the care team?</source>
        <translation>Wie teilen wir den Verlauf mit dem Behandlungsteam?</translation>
    </message>
    <message>
        <source>In History, Export shows exactly what will be included, then writes a short PDF report, a spreadsheet file, or a FHIR file the care team&apos;s systems can read. Nothing is shared unless you do this.</source>
        <translation>Unter „Verlauf“ zeigt „Exportieren“ genau, was enthalten sein wird, und schreibt dann einen kurzen PDF-Bericht, eine Tabellendatei oder eine FHIR-Datei, die die Systeme des Behandlungsteams lesen können. Nichts wird geteilt, wenn Sie das nicht tun.</translation>
    </message>
    <message>
        <source>Where does the care team write their plan?</source>
        <translation>Wo schreibt das Behandlungsteam seinen Plan auf?</translation>
    </message>
    <message>
        <source>On Home, Care plan: what they approve and their notes, a daily suggestion, limits for movement and the questions before a massage. Companion shows what they wrote; it never decides a treatment.</source>
        <translation>Auf der Startseite unter „Behandlungsplan“: was es befürwortet und seine Notizen, ein täglicher Vorschlag, Grenzen bei Bewegung und die Fragen vor einer Massage. Companion zeigt, was das Team geschrieben hat; es entscheidet nie über eine Behandlung.</translation>
    </message>
    <message>
        <source>What if the patient cannot answer the ratings?</source>
        <translation>Was, wenn die Patientin oder der Patient die Bewertungen nicht beantworten kann?</translation>
    </message>
    <message>
        <source>A carer can Rate as an observer, before or after any session or on its own: PAINAD (Pain Assessment in Advanced Dementia; Warden, Hurley and Volicer, 2003, its wording as published) and their estimate of breathlessness. Could not rate is an answer too. These ratings are always shown apart from the patient&apos;s own, with who rated.</source>
        <translation>Eine pflegende Person kann „Als Beobachter bewerten“, vor oder nach einer Sitzung oder unabhängig davon: PAINAD (Pain Assessment in Advanced Dementia; Warden, Hurley und Volicer, 2003, im veröffentlichten Wortlaut) und ihre Einschätzung der Atemnot. „Nicht einschätzbar“ ist auch eine Antwort. Diese Bewertungen werden immer getrennt von den eigenen Angaben der Patientin oder des Patienten gezeigt, zusammen mit der Angabe, wer bewertet hat.</translation>
    </message>
    <message>
        <source>How do I delete everything?</source>
        <translation>Wie lösche ich alles?</translation>
    </message>
    <message>
        <source>In History, choose Delete all my data. It asks first, then removes every session, rating and note from this computer.</source>
        <translation>Wählen Sie unter „Verlauf“ „Alle meine Daten löschen“. Es fragt zuerst nach und entfernt dann jede Sitzung, Bewertung und Notiz von diesem Computer.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <comment>a length, then a count: 46 minutes · 8 sessions</comment>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <translation>Tagesbefinden</translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation>Tagesbefinden speichern</translation>
    </message>
    <message>
        <source>Optional, once a day. Leave out any question you like.</source>
        <translation>Freiwillig, einmal am Tag. Lassen Sie jede Frage weg, die Sie möchten.</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Notiz speichern</translation>
    </message>
    <message>
        <source>Anything worth remembering. Leave it empty to remove the note.</source>
        <translation>Alles, was sich zu merken lohnt. Lassen Sie das Feld leer, um die Notiz zu entfernen.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Anything worth remembering; empty removes it</source>
        <translation>Alles, was sich zu merken lohnt; leer entfernt die Notiz</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>It is saved only where you choose. Companion sends nothing anywhere.</source>
        <translation>Es wird nur dort gespeichert, wo Sie es wählen. Companion sendet nichts irgendwohin.</translation>
    </message>
    <message>
        <source>Care-team report (PDF)</source>
        <translation>Bericht für das Behandlungsteam (PDF)</translation>
    </message>
    <message>
        <source>Table of sessions (CSV)</source>
        <translation>Tabelle der Sitzungen (CSV)</translation>
    </message>
    <message>
        <source>For care systems (FHIR)</source>
        <translation>Für Gesundheitssysteme (FHIR)</translation>
    </message>
    <message>
        <source>What to make</source>
        <translation>Was erstellt werden soll</translation>
    </message>
    <message>
        <source>Patient&apos;s name on the report (optional):</source>
        <translation>Name der Patientin oder des Patienten im Bericht (freiwillig):</translation>
    </message>
    <message>
        <source>Patient&apos;s name on the report</source>
        <translation>Name der Patientin oder des Patienten im Bericht</translation>
    </message>
    <message>
        <source>Optional. It is printed at the top of the report and kept for the next one.</source>
        <translation>Freiwillig. Er steht oben im Bericht und wird für den nächsten Bericht gemerkt.</translation>
    </message>
    <message>
        <source>The file will contain exactly this:</source>
        <translation>Die Datei enthält genau Folgendes:</translation>
    </message>
    <message>
        <source>What the file will contain</source>
        <translation>Was die Datei enthält</translation>
    </message>
    <message>
        <source>Read only: the export, in words</source>
        <translation>Nur lesbar: der Export in Worten</translation>
    </message>
    <message>
        <source>Period: {0}</source>
        <translation>Zeitraum: {0}</translation>
    </message>
    <message>
        <source>Patient: {0}</source>
        <translation>Patient/in: {0}</translation>
    </message>
    <message>
        <source>Activity: {0}</source>
        <translation>Aktivität: {0}</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>{0} in all, on {1}.</source>
        <translation>Insgesamt {0}, verteilt auf {1}.</translation>
    </message>
    <message>
        <source>No sessions in this period.</source>
        <translation>Keine Sitzungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Episodes of breathlessness (Breathless now): {0}</source>
        <translation>Episoden von Atemnot („Atemnot jetzt“): {0}</translation>
    </message>
    <message>
        <source>One row per session with these columns:</source>
        <translation>Eine Zeile pro Sitzung mit diesen Spalten:</translation>
    </message>
    <message>
        <source>Activities are written as identifiers: {0}.</source>
        <translation>Aktivitäten stehen als Kennungen in der Tabelle: {0}.</translation>
    </message>
    <message>
        <source>Ratings: {0}</source>
        <translation>Bewertungen: {0}</translation>
    </message>
    <message>
        <source>Notes on sessions, in full: {0}</source>
        <translation>Notizen zu Sitzungen, vollständig: {0}</translation>
    </message>
    <message>
        <source>Daily check-ins and day notes are not in the table.</source>
        <translation>Tagesbefinden und Tagesnotizen sind nicht in der Tabelle.</translation>
    </message>
    <message>
        <source>Ratings by an observer around a session are in their own columns (observer_before, observer_after), apart from the patient&apos;s own; those given on their own are in the PDF and the FHIR file.</source>
        <translation>Bewertungen durch eine beobachtende Person rund um eine Sitzung stehen in eigenen Spalten (observer_before, observer_after), getrennt von den eigenen Angaben der Patientin oder des Patienten; Bewertungen ohne Sitzung stehen im PDF und in der FHIR-Datei.</translation>
    </message>
    <message>
        <source>First, the care plan: the three questions and their answers, what the team approves, the daily suggestion, the limits and precautions.</source>
        <translation>Zuerst der Behandlungsplan: die drei Fragen und ihre Antworten, was das Team befürwortet, der tägliche Vorschlag, die Grenzen und Vorsichtsmaßnahmen.</translation>
    </message>
    <message>
        <source>{0}: {1}, {2}</source>
        <translation>{0}: {1}, {2}</translation>
    </message>
    <message>
        <source>Sessions per week, as a chart and a table.</source>
        <translation>Sitzungen pro Woche, als Diagramm und als Tabelle.</translation>
    </message>
    <message>
        <source>Episodes of breathlessness per week and by time of day.</source>
        <translation>Episoden von Atemnot pro Woche und nach Tageszeit.</translation>
    </message>
    <message>
        <source>Ratings before and after, on average:</source>
        <translation>Bewertungen vorher und nachher, im Durchschnitt:</translation>
    </message>
    <message>
        <source>{0}: {1} before → {2} after ({3})</source>
        <translation>{0}: {1} vorher → {2} nachher ({3})</translation>
    </message>
    <message>
        <source>No session in this period was rated both before and after.</source>
        <translation>Keine Sitzung in diesem Zeitraum wurde vorher und nachher bewertet.</translation>
    </message>
    <message>
        <source>Ratings by an observer, apart from the patient&apos;s own: {0}</source>
        <translation>Bewertungen durch eine beobachtende Person, getrennt von den eigenen Angaben: {0}</translation>
    </message>
    <message>
        <source>Daily check-ins: {0} (the first and the latest are shown)</source>
        <translation>Tagesbefinden: {0} (der erste und der neueste werden gezeigt)</translation>
    </message>
    <message>
        <source>Notes: none in this period.</source>
        <translation>Notizen: keine in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Notes, in full:</source>
        <translation>Notizen, vollständig:</translation>
    </message>
    <message>
        <source>Saved {0} to {1}.</source>
        <translation>{0} wurde unter {1} gespeichert.</translation>
    </message>
    <message>
        <source>Saved the report ({0}) to {1}.</source>
        <translation>Der Bericht ({0}) wurde unter {1} gespeichert.</translation>
    </message>
    <message>
        <source>{0} of them hold values Companion does not write; they are included as they are and marked.</source>
        <translation>{0} davon enthalten Werte, die Companion nicht schreibt; sie sind unverändert enthalten und gekennzeichnet.</translation>
    </message>
    <message>
        <source>Backup saved as {0}.</source>
        <translation>Sicherung gespeichert als {0}.</translation>
    </message>
    <message numerus="yes">
        <source>Saved the FHIR file (%n resource(s)) to {0}.</source>
        <translation>
            <numerusform>FHIR-Datei (%n Ressource) in {0} gespeichert.</numerusform>
            <numerusform>FHIR-Datei (%n Ressourcen) in {0} gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>History restored from {0} ({1}). The previous history is kept as {2}.</source>
        <translation>Verlauf aus {0} wiederhergestellt ({1}). Der bisherige Verlauf bleibt als {2} erhalten.</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Letzte 4 Wochen</translation>
    </message>
    <message>
        <source>Last 8 weeks</source>
        <translation>Letzte 8 Wochen</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Behandlungsplan</translation>
    </message>
    <message>
        <source>Written with {0}.</source>
        <translation>Geschrieben mit {0}.</translation>
    </message>
    <message>
        <source>Most distressing symptom now</source>
        <translation>Das belastendste Symptom jetzt</translation>
    </message>
    <message>
        <source>The outcome that matters most</source>
        <translation>Was am meisten zählt</translation>
    </message>
    <message>
        <source>Time and energy each day</source>
        <translation>Zeit und Kraft pro Tag</translation>
    </message>
    <message>
        <source>Activities:</source>
        <translation>Aktivitäten:</translation>
    </message>
    <message>
        <source>Daily suggestion: {0}</source>
        <translation>Täglicher Vorschlag: {0}</translation>
    </message>
    <message>
        <source>Movement limits: {0}</source>
        <translation>Grenzen bei Bewegung: {0}</translation>
    </message>
    <message>
        <source>Massage precautions (answered {0}): {1}</source>
        <translation>Vorsichtsmaßnahmen bei Massage (beantwortet am {0}): {1}</translation>
    </message>
    <message>
        <source>none of concern</source>
        <translation>keine bedenklichen</translation>
    </message>
    <message>
        <source>Companion shows what the care team wrote; it never decides a treatment.</source>
        <translation>Companion zeigt, was das Behandlungsteam geschrieben hat; es entscheidet nie über eine Behandlung.</translation>
    </message>
    <message>
        <source>Ratings by an observer (not the patient&apos;s own)</source>
        <translation>Bewertungen durch eine beobachtende Person (nicht die eigenen der Patientin oder des Patienten)</translation>
    </message>
    <message>
        <source>Given by a carer when the patient could not answer. They are never averaged with the patient&apos;s own ratings above.</source>
        <translation>Von einer pflegenden Person abgegeben, als die Patientin oder der Patient nicht antworten konnte. Sie werden nie mit den eigenen Bewertungen oben gemittelt.</translation>
    </message>
    <message>
        <source>on its own</source>
        <translation>ohne Sitzung</translation>
    </message>
    <message>
        <source>a session</source>
        <translation>einer Sitzung</translation>
    </message>
    <message>
        <source>before {0}</source>
        <translation>vor {0}</translation>
    </message>
    <message>
        <source>after {0}</source>
        <translation>nach {0}</translation>
    </message>
    <message>
        <source>nothing scored</source>
        <translation>nichts bewertet</translation>
    </message>
    <message>
        <source>{0} earlier observer ratings are in the CSV and FHIR exports.</source>
        <translation>{0} frühere Bewertungen durch Beobachtende stehen im CSV- und FHIR-Export.</translation>
    </message>
    <message>
        <source>Companion: sessions report</source>
        <translation>Companion: Bericht über die Sitzungen</translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation>Patient/in:</translation>
    </message>
    <message>
        <source>Made on {0} from the patient&apos;s own records in Companion, an app that guides and records relaxation sessions. It is not a medical device.</source>
        <translation>Erstellt am {0} aus den eigenen Aufzeichnungen der Patientin oder des Patienten in Companion, einer App, die Entspannungsübungen anleitet und aufzeichnet. Sie ist kein Medizinprodukt.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>{0} of these sessions hold values Companion does not write (an unknown activity or person, a date or length that cannot be read); they are counted as they are, without their minutes.</source>
        <translation>{0} dieser Sitzungen enthalten Werte, die Companion nicht schreibt (eine unbekannte Aktivität oder Person, ein nicht lesbares Datum oder eine nicht lesbare Dauer); sie werden unverändert gezählt, ohne ihre Minuten.</translation>
    </message>
    <message>
        <source>No notes in this period.</source>
        <translation>Keine Notizen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation>Sitzungen pro Woche</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>Ratings before and after sessions (0–10)</source>
        <translation>Bewertungen vor und nach den Sitzungen (0–10)</translation>
    </message>
    <message>
        <source>No session was rated both before and after in this period.</source>
        <translation>In diesem Zeitraum wurde keine Sitzung vorher und nachher bewertet.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Average before</source>
        <translation>Durchschnitt vorher</translation>
    </message>
    <message>
        <source>Average after</source>
        <translation>Durchschnitt nachher</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Changed by 1 point or more</source>
        <translation>Um 1 Punkt oder mehr verändert</translation>
    </message>
    <message>
        <source>ESAS-r items: 0 = none (for wellbeing, 0 = best), 10 = worst possible.</source>
        <translation>ESAS-r-Punkte: 0 = keine Beschwerden (bei Wohlbefinden 0 = am besten), 10 = am schlimmsten vorstellbar.</translation>
    </message>
    <message>
        <source>{0}: average per week</source>
        <translation>{0}: Durchschnitt pro Woche</translation>
    </message>
    <message>
        <source>Breathless now: episodes of breathlessness</source>
        <translation>Atemnot jetzt: Episoden von Atemnot</translation>
    </message>
    <message>
        <source>Episodes in this period: {0}, {1} minutes in all. Recorded when the person used Breathless now; they are not counted as sessions.</source>
        <translation>Episoden in diesem Zeitraum: {0}, insgesamt {1} Minuten. Aufgezeichnet, wenn „Atemnot jetzt“ benutzt wurde; sie zählen nicht als Sitzungen.</translation>
    </message>
    <message>
        <source>Per week (week of): {0}</source>
        <translation>Pro Woche (Woche ab): {0}</translation>
    </message>
    <message>
        <source>night (0–6 h)</source>
        <translation>nachts (0–6 Uhr)</translation>
    </message>
    <message>
        <source>morning (6–12 h)</source>
        <translation>morgens (6–12 Uhr)</translation>
    </message>
    <message>
        <source>afternoon (12–18 h)</source>
        <translation>nachmittags (12–18 Uhr)</translation>
    </message>
    <message>
        <source>evening (18–24 h)</source>
        <translation>abends (18–24 Uhr)</translation>
    </message>
    <message>
        <source>Time of day: {0}</source>
        <translation>Tageszeit: {0}</translation>
    </message>
    <message>
        <source>Daily check-ins (ESAS-r)</source>
        <translation>Tagesbefinden (ESAS-r)</translation>
    </message>
    <message>
        <source>1 check-in in the period:</source>
        <translation>1 Eintrag im Zeitraum:</translation>
    </message>
    <message>
        <source>{0}. The first and the latest in the period:</source>
        <translation>{0}. Der erste und der neueste im Zeitraum:</translation>
    </message>
    <message>
        <source>ESAS-r item</source>
        <translation>ESAS-r-Punkt</translation>
    </message>
    <message>
        <source>Not part of ESAS-r (0 = worst, 10 = best)</source>
        <translation>Nicht Teil von ESAS-r (0 = am schlechtesten, 10 = am besten)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>How the music landed</source>
        <translation>Wie die Musik ankam</translation>
    </message>
    <message>
        <source>After a track, the person listening (or the family) may answer how it landed. A track marked unsettled twice is no longer played unless the family chooses.</source>
        <translation>Nach einem Titel kann die zuhörende Person (oder die Familie) sagen, wie er ankam. Ein Titel, der zweimal als beunruhigend markiert wurde, wird nicht mehr gespielt, außer die Familie wählt ihn.</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Calmer</source>
        <translation>Ruhiger</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Keine Veränderung</translation>
    </message>
    <message>
        <source>Unsettled</source>
        <translation>Beunruhigt</translation>
    </message>
    <message numerus="yes">
        <source>%n more track(s) were answered.</source>
        <translation>
            <numerusform>Zu %n weiteren Titel wurde geantwortet.</numerusform>
            <numerusform>Zu %n weiteren Titeln wurde geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <comment>an activity, then what was done: Breathing, Calm 4-6</comment>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>Marked: it holds values Companion does not write ({0})</source>
        <translation>Markiert: enthält Werte, die Companion nicht schreibt ({0})</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier note(s) not shown: choose a shorter period to see them.</source>
        <translation>
            <numerusform>%n frühere Notiz nicht gezeigt: Wählen Sie einen kürzeren Zeitraum, um sie zu sehen.</numerusform>
            <numerusform>%n frühere Notizen nicht gezeigt: Wählen Sie einen kürzeren Zeitraum, um sie zu sehen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n Bewertung</numerusform>
            <numerusform>%n Bewertungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed by 1 point or more</source>
        <translation>
            <numerusform>%n um 1 Punkt oder mehr verändert</numerusform>
            <numerusform>%n um 1 Punkt oder mehr verändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>no sessions</source>
        <translation>keine Sitzungen</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <comment>a count, then a length: 3 sessions, 12 minutes</comment>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <comment>hours, then minutes: 1 hour 5 minutes</comment>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date pattern (Qt QDate): 23 Nov 2026</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date pattern (Qt QDate): 23 Nov</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>date pattern (Qt QDate): Mon 23 Nov 2025</comment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date pattern (Qt QDate): Mon 23 Nov</comment>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <comment>a day, then a time: Mon 23 Nov, 14:05</comment>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <comment>a period: 30 Sep 2026 to 23 Nov 2026</comment>
        <translation>{0} bis {1}</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Atmen</translation>
    </message>
    <message>
        <source>Guided imagery</source>
        <translation>Fantasiereise</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Dehnen</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Hören</translation>
    </message>
    <message>
        <source>Hand massage</source>
        <translation>Handmassage</translation>
    </message>
    <message>
        <source>Meditation</source>
        <translation>Meditation</translation>
    </message>
    <message>
        <source>Breathless now</source>
        <translation>Atemnot jetzt</translation>
    </message>
    <message>
        <source>{0}, from your own pace {1} to {2}</source>
        <translation>{0}, vom eigenen Tempo {1} hin zu {2}</translation>
    </message>
    <message>
        <source>Bowl</source>
        <translation>Klangschale</translation>
    </message>
    <message>
        <source>Deep bowl</source>
        <translation>Tiefe Klangschale</translation>
    </message>
    <message>
        <source>Small bowl</source>
        <translation>Kleine Klangschale</translation>
    </message>
    <message>
        <source>No bell</source>
        <translation>Kein Klang</translation>
    </message>
    <message>
        <source>{0}, every {1} min</source>
        <translation>{0}, alle {1} Min.</translation>
    </message>
    <message>
        <source>rated by the patient</source>
        <translation>von der Patientin oder dem Patienten bewertet</translation>
    </message>
    <message>
        <source>rated by a family caregiver</source>
        <translation>von Angehörigen bewertet</translation>
    </message>
    <message>
        <source>rated by a professional caregiver</source>
        <translation>von einer Pflegefachkraft bewertet</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Früher beendet</translation>
    </message>
    <message>
        <source>“{0}”</source>
        <comment>a note, quoted</comment>
        <translation>„{0}“</translation>
    </message>
    <message>
        <source>calmer</source>
        <translation>ruhiger</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>keine Veränderung</translation>
    </message>
    <message>
        <source>unsettled</source>
        <translation>beunruhigt</translation>
    </message>
    <message>
        <source>Music: {0}</source>
        <translation>Musik: {0}</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Daily check-in…</source>
        <translation>Tagesbefinden…</translation>
    </message>
    <message>
        <source>Optional: the full ESAS-r questions, once a day</source>
        <translation>Freiwillig: die vollständigen ESAS-r-Fragen, einmal am Tag</translation>
    </message>
    <message>
        <source>Note for today…</source>
        <translation>Notiz für heute…</translation>
    </message>
    <message>
        <source>Write a note for today</source>
        <translation>Eine Notiz für heute schreiben</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>A report for the care team (PDF) or a table (CSV)</source>
        <translation>Ein Bericht für das Behandlungsteam (PDF) oder eine Tabelle (CSV)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Every session counts, however short. Rest days are fine.</source>
        <translation>Jede Sitzung zählt, wie kurz sie auch ist. Ruhetage sind in Ordnung.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Show one activity, or all of them</source>
        <translation>Eine Aktivität zeigen oder alle</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>Alle Aktivitäten</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Show this period (the export uses it too)</source>
        <translation>Diesen Zeitraum zeigen (auch der Export nutzt ihn)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>No sessions yet. They appear here after you breathe with Companion.</source>
        <translation>Noch keine Sitzungen. Sie erscheinen hier, nachdem Sie mit Companion geatmet haben.</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>Notiz bearbeiten…</translation>
    </message>
    <message>
        <source>Write a note on the chosen session</source>
        <translation>Eine Notiz zur gewählten Sitzung schreiben</translation>
    </message>
    <message>
        <source>Delete session…</source>
        <translation>Sitzung löschen…</translation>
    </message>
    <message>
        <source>Remove the chosen session</source>
        <translation>Die gewählte Sitzung entfernen</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Back to the home screen (Esc)</source>
        <translation>Zurück zur Startseite (Esc)</translation>
    </message>
    <message>
        <source>History is unavailable on this computer.</source>
        <translation>Der Verlauf ist auf diesem Computer nicht verfügbar.</translation>
    </message>
    <message>
        <source>all activities</source>
        <translation>alle Aktivitäten</translation>
    </message>
    <message>
        <source>{0}, {1}: {2}, on {3}.</source>
        <translation>{0}, {1}: {2}, verteilt auf {3}.</translation>
    </message>
    <message>
        <source>{0}, {1}: no sessions.</source>
        <translation>{0}, {1}: keine Sitzungen.</translation>
    </message>
    <message>
        <source>{0}, newest first.</source>
        <translation>{0}, die neuesten zuerst.</translation>
    </message>
    <message>
        <source>No sessions in this period. Choose a longer period or all activities.</source>
        <translation>Keine Sitzungen in diesem Zeitraum. Wählen Sie einen längeren Zeitraum oder alle Aktivitäten.</translation>
    </message>
    <message>
        <source>Last 7 days: {0}. The 7 days before: {1}.</source>
        <translation>Letzte 7 Tage: {0}. Die 7 Tage davor: {1}.</translation>
    </message>
    <message>
        <source>Today&apos;s check-in is saved; you can change it.</source>
        <translation>Das heutige Tagesbefinden ist gespeichert; Sie können es ändern.</translation>
    </message>
    <message>
        <source>A daily check-in is there whenever you want it.</source>
        <translation>Das Tagesbefinden steht Ihnen jederzeit offen, wenn Sie möchten.</translation>
    </message>
    <message>
        <source>Note on this session</source>
        <translation>Notiz zu dieser Sitzung</translation>
    </message>
    <message>
        <source>Note for today</source>
        <translation>Notiz für heute</translation>
    </message>
    <message>
        <source>Delete this session?</source>
        <translation>Diese Sitzung löschen?</translation>
    </message>
    <message>
        <source>The session of {0}, its ratings and its note will be removed.</source>
        <translation>Die Sitzung vom {0}, ihre Bewertungen und ihre Notiz werden entfernt.</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Sitzung löschen</translation>
    </message>
    <message>
        <source>The session of {0} was deleted.</source>
        <translation>Die Sitzung vom {0} wurde gelöscht.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Good morning</source>
        <translation>Guten Morgen</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation>Guten Tag</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>Guten Abend</translation>
    </message>
    <message>
        <source>Breathless now</source>
        <translation>Atemnot jetzt</translation>
    </message>
    <message>
        <source>Help in an attack of breathlessness · F2</source>
        <translation>Hilfe bei einem Anfall von Atemnot · F2</translation>
    </message>
    <message>
        <source>Opens at once, one step at a time: a position, the fan, breathing out, the care team&apos;s plan</source>
        <translation>Öffnet sofort, Schritt für Schritt: eine Haltung, der Ventilator, das Ausatmen, der Plan des Behandlungsteams</translation>
    </message>
    <message>
        <source>Help (F1)</source>
        <translation>Hilfe (F1)</translation>
    </message>
    <message>
        <source>Questions and answers, keyboard keys, your data</source>
        <translation>Fragen und Antworten, Tasten, Ihre Daten</translation>
    </message>
    <message>
        <source>Breathe now</source>
        <translation>Jetzt atmen</translation>
    </message>
    <message>
        <source>Start paced breathing now, as last time; change it on the session</source>
        <translation>Geführtes Atmen jetzt starten, wie beim letzten Mal; Änderungen in der Sitzung</translation>
    </message>
    <message>
        <source>Play calming music</source>
        <translation>Beruhigende Musik abspielen</translation>
    </message>
    <message>
        <source>Soft sounds fade in</source>
        <translation>Sanfte Klänge blenden sich ein</translation>
    </message>
    <message>
        <source>Start the Calm playlist now, fading in gently</source>
        <translation>Die Wiedergabeliste „Ruhe“ jetzt starten, sanft eingeblendet</translation>
    </message>
    <message>
        <source>Imagine</source>
        <translation>Fantasiereise</translation>
    </message>
    <message>
        <source>A calm voice reads a peaceful scene</source>
        <translation>Eine ruhige Stimme beschreibt einen friedlichen Ort</translation>
    </message>
    <message>
        <source>Listen to spoken guided imagery: a warm light, a garden, the beach</source>
        <translation>Gesprochene Fantasiereisen hören: ein warmes Licht, ein Garten, der Strand</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Hören</translation>
    </message>
    <message>
        <source>Calming sounds and your own music</source>
        <translation>Beruhigende Klänge und Ihre eigene Musik</translation>
    </message>
    <message>
        <source>Playlists, the player and the sleep timer</source>
        <translation>Wiedergabelisten, der Player und der Einschlaf-Timer</translation>
    </message>
    <message>
        <source>Stretch &amp; massage</source>
        <translation>Dehnen &amp; Massage</translation>
    </message>
    <message>
        <source>Gentle movements; a hand massage for carers</source>
        <translation>Sanfte Bewegungen; eine Handmassage für Angehörige</translation>
    </message>
    <message>
        <source>Seated stretches paced to the breath, and a caregiver&apos;s hand massage</source>
        <translation>Dehnübungen im Sitzen im Takt des Atems und eine Handmassage durch Angehörige</translation>
    </message>
    <message>
        <source>Quiet time</source>
        <translation>Stille Zeit</translation>
    </message>
    <message>
        <source>Soft bells and stillness</source>
        <translation>Sanfte Klänge und Stille</translation>
    </message>
    <message>
        <source>Begin a quiet time with soft bells now, as last time; change it there</source>
        <translation>Jetzt eine stille Zeit mit sanften Klängen beginnen, wie beim letzten Mal; Änderungen dort</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>The other activities, History and Settings</source>
        <translation>Die anderen Aktivitäten, Verlauf und Einstellungen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>See past sessions and export them</source>
        <translation>Frühere Sitzungen ansehen und exportieren</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Theme, text size, motion and reminders</source>
        <translation>Design, Textgröße, Bewegung und Erinnerungen</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Behandlungsplan</translation>
    </message>
    <message>
        <source>What the care team approves, and their suggestion</source>
        <translation>Was das Behandlungsteam befürwortet und vorschlägt</translation>
    </message>
    <message>
        <source>Companion guides and records; it is not a replacement for your care team. Ask them before starting.</source>
        <translation>Companion begleitet und zeichnet auf; es ersetzt nicht Ihr Behandlungsteam. Fragen Sie dort nach, bevor Sie beginnen.</translation>
    </message>
    <message>
        <source>Fewer</source>
        <translation>Weniger</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>as long as you like</source>
        <translation>so lange Sie möchten</translation>
    </message>
    <message>
        <source>soft bells</source>
        <translation>sanfte Klänge</translation>
    </message>
    <message>
        <source>no bell</source>
        <translation>kein Klang</translation>
    </message>
    <message>
        <source>sound</source>
        <translation>mit Ton</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>ohne Ton</translation>
    </message>
    <message>
        <source>from your own pace</source>
        <translation>vom eigenen Tempo aus</translation>
    </message>
    <message>
        <source>Playing</source>
        <translation>Läuft</translation>
    </message>
</context>
<context>
    <name>HomePlan</name>
    <message>
        <source>Today&apos;s suggestion from your care team</source>
        <translation>Der heutige Vorschlag Ihres Behandlungsteams</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Begin today&apos;s suggestion now</source>
        <translation>Den heutigen Vorschlag jetzt beginnen</translation>
    </message>
    <message>
        <source>Care plan…</source>
        <translation>Behandlungsplan…</translation>
    </message>
    <message>
        <source>What the care team approves, and their notes</source>
        <translation>Was das Behandlungsteam befürwortet, und seine Notizen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Start today&apos;s suggestion: {0}</source>
        <translation>Den heutigen Vorschlag starten: {0}</translation>
    </message>
    <message>
        <source>Left off Home by your care plan: {0}.</source>
        <translation>Laut Ihrem Behandlungsplan nicht auf der Startseite: {0}.</translation>
    </message>
    <message>
        <source>Not approved by your care team: {0}</source>
        <translation>Von Ihrem Behandlungsteam nicht befürwortet: {0}</translation>
    </message>
</context>
<context>
    <name>Imagine</name>
    <message>
        <source>English</source>
        <comment>a script&apos;s language</comment>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <comment>a script&apos;s language</comment>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>German</source>
        <comment>a script&apos;s language</comment>
        <translation>Deutsch</translation>
    </message>
</context>
<context>
    <name>ImagineChooser</name>
    <message>
        <source>Imagine</source>
        <translation>Fantasiereise</translation>
    </message>
    <message>
        <source>A calm voice reads a short guided imagery script, with the words on screen. Listen with your eyes open or closed; there is nothing to do.</source>
        <translation>Eine ruhige Stimme liest eine kurze Fantasiereise vor, die Worte stehen auf dem Bildschirm. Hören Sie mit offenen oder geschlossenen Augen zu; Sie müssen nichts tun.</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>Geschichten</translation>
    </message>
    <message>
        <source>Choose a script, then press Play</source>
        <translation>Wählen Sie eine Geschichte und drücken Sie dann „Abspielen“</translation>
    </message>
    <message>
        <source>Write a new one</source>
        <translation>Neue schreiben</translation>
    </message>
    <message>
        <source>Open the editor</source>
        <translation>Den Editor öffnen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Change your own script</source>
        <translation>Ihre eigene Geschichte ändern</translation>
    </message>
    <message>
        <source>Make my own copy</source>
        <translation>Eigene Kopie anlegen</translation>
    </message>
    <message>
        <source>Copy this script to personalise it with favourite places and people</source>
        <translation>Diese Geschichte kopieren, um sie mit Lieblingsorten und lieben Menschen zu gestalten</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Add a script from a text file</source>
        <translation>Eine Geschichte aus einer Textdatei hinzufügen</translation>
    </message>
    <message>
        <source>Record in your voice</source>
        <translation>Mit Ihrer Stimme aufnehmen</translation>
    </message>
    <message>
        <source>A loved one reads this script aloud, line by line</source>
        <translation>Ein lieber Mensch liest diese Geschichte Zeile für Zeile vor</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>How fast the voice speaks</source>
        <translation>Wie schnell die Stimme spricht</translation>
    </message>
    <message>
        <source>Use this voice and pace for this script only</source>
        <translation>Diese Stimme und dieses Tempo nur für diese Geschichte verwenden</translation>
    </message>
    <message>
        <source>Otherwise they apply to every script</source>
        <translation>Sonst gelten sie für alle Geschichten</translation>
    </message>
    <message>
        <source>Soft background sound</source>
        <translation>Sanfter Hintergrundklang</translation>
    </message>
    <message>
        <source>A quiet soundscape under the voice</source>
        <translation>Eine leise Klanglandschaft unter der Stimme</translation>
    </message>
    <message>
        <source>Background sound</source>
        <translation>Hintergrundklang</translation>
    </message>
    <message>
        <source>Voice and sound…</source>
        <translation>Stimme und Klang…</translation>
    </message>
    <message>
        <source>The voice, its pace and the soft background</source>
        <translation>Die Stimme, ihr Tempo und der sanfte Hintergrund</translation>
    </message>
    <message>
        <source>(yours)</source>
        <translation>(Ihre)</translation>
    </message>
    <message>
        <source>Some scripts could not be used:</source>
        <translation>Einige Geschichten konnten nicht verwendet werden:</translation>
    </message>
    <message>
        <source>The words will still appear on screen, at a calm pace.</source>
        <translation>Die Worte erscheinen trotzdem auf dem Bildschirm, in ruhigem Tempo.</translation>
    </message>
    <message>
        <source>The script&apos;s own pace ({0} words a minute)</source>
        <translation>Das eigene Tempo der Geschichte ({0} Wörter pro Minute)</translation>
    </message>
    <message>
        <source>{0} words a minute</source>
        <translation>{0} Wörter pro Minute</translation>
    </message>
</context>
<context>
    <name>ImaginePage</name>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Read the chosen script aloud (Space)</source>
        <translation>Die gewählte Geschichte vorlesen (Leertaste)</translation>
    </message>
    <message>
        <source>Listen again</source>
        <translation>Noch einmal hören</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>How loud the voice is. The mark is level with the music.</source>
        <translation>Wie laut die Stimme ist. Die Markierung liegt auf Höhe der Musik.</translation>
    </message>
    <message>
        <source>Say that again</source>
        <translation>Noch einmal sagen</translation>
    </message>
    <message>
        <source>Start the current sentence again</source>
        <translation>Den aktuellen Satz noch einmal beginnen</translation>
    </message>
    <message>
        <source>There is no script called “{0}”.</source>
        <translation>Es gibt keine Geschichte namens „{0}“.</translation>
    </message>
    <message>
        <source>The background sound cannot be played.</source>
        <translation>Der Hintergrundklang kann nicht abgespielt werden.</translation>
    </message>
    <message>
        <source>about {0} left</source>
        <translation>noch etwa {0}</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>{0}  ·  breath {1} of {2}</source>
        <translation>{0}  ·  Atemzug {1} von {2}</translation>
    </message>
    <message>
        <source>That is the end of the script</source>
        <translation>Das ist das Ende der Geschichte</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>{0}    Time: {1}</source>
        <translation>{0}    Zeit: {1}</translation>
    </message>
    <message>
        <source>Rest here for as long as you like.</source>
        <translation>Ruhen Sie sich hier aus, so lange Sie möchten.</translation>
    </message>
    <message>
        <source>Playing: “{0}” ({1:.1f} s)</source>
        <translation>Wird abgespielt: „{0}“ ({1:.1f} s)</translation>
    </message>
    <message>
        <source>Breathe with me</source>
        <translation>Atmen Sie mit mir</translation>
    </message>
    <message>
        <source>(a quiet moment)</source>
        <translation>(ein stiller Moment)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>{0} The words appear on screen at a calm pace instead.</source>
        <translation>{0} Die Worte erscheinen stattdessen in ruhigem Tempo auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>Fix the script first (see the line shown), then record it.</source>
        <translation>Korrigieren Sie zuerst die Geschichte (siehe die angezeigte Zeile) und nehmen Sie sie dann auf.</translation>
    </message>
    <message>
        <source>Edit your script</source>
        <translation>Ihre Geschichte bearbeiten</translation>
    </message>
    <message>
        <source>Make it your own</source>
        <translation>Zu Ihrer eigenen machen</translation>
    </message>
    <message>
        <source>Imported script</source>
        <translation>Importierte Geschichte</translation>
    </message>
    <message>
        <source>Import a script</source>
        <translation>Eine Geschichte importieren</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>LevelSlider</name>
    <message>
        <source>quieter</source>
        <translation>leiser</translation>
    </message>
    <message>
        <source>louder</source>
        <translation>lauter</translation>
    </message>
</context>
<context>
    <name>ListenPage</name>
    <message>
        <source>This is not a sound file Companion can read.</source>
        <translation>Dies ist keine Tondatei, die Companion lesen kann.</translation>
    </message>
    <message>
        <source>The file looks damaged or is not really a sound file.</source>
        <translation>Die Datei scheint beschädigt oder ist gar keine Tondatei.</translation>
    </message>
    <message>
        <source>not a music file Companion plays</source>
        <translation>keine Musikdatei, die Companion abspielt</translation>
    </message>
    <message>
        <source>Name the new playlist</source>
        <translation>Die neue Wiedergabeliste benennen</translation>
    </message>
    <message>
        <source>Name of the playlist:</source>
        <translation>Name der Wiedergabeliste:</translation>
    </message>
    <message>
        <source>Create playlist</source>
        <translation>Wiedergabeliste anlegen</translation>
    </message>
    <message>
        <source>Rename the playlist</source>
        <translation>Die Wiedergabeliste umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Delete this playlist?</source>
        <translation>Diese Wiedergabeliste löschen?</translation>
    </message>
    <message>
        <source>Delete the playlist “{0}”? The music files themselves are kept.</source>
        <translation>Die Wiedergabeliste „{0}“ löschen? Die Musikdateien selbst bleiben erhalten.</translation>
    </message>
    <message>
        <source>Delete playlist</source>
        <translation>Wiedergabeliste löschen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>The playlist “{0}” was deleted.</source>
        <translation>Die Wiedergabeliste „{0}“ wurde gelöscht.</translation>
    </message>
    <message>
        <source>Make my own copy</source>
        <translation>Eigene Kopie anlegen</translation>
    </message>
    <message>
        <source>Name of your copy:</source>
        <translation>Name Ihrer Kopie:</translation>
    </message>
    <message>
        <source>My {0}</source>
        <translation>Meine {0}</translation>
    </message>
    <message>
        <source>Make the copy</source>
        <translation>Kopie anlegen</translation>
    </message>
    <message>
        <source>Add music</source>
        <translation>Musik hinzufügen</translation>
    </message>
    <message>
        <source>Music ({0})</source>
        <translation>Musik ({0})</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Einen Ordner hinzufügen</translation>
    </message>
    <message>
        <source>Make your own copy of this playlist to add music.</source>
        <translation>Legen Sie eine eigene Kopie dieser Wiedergabeliste an, um Musik hinzuzufügen.</translation>
    </message>
    <message>
        <source>Reading the music files…</source>
        <translation>Die Musikdateien werden gelesen …</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were not added: {0}</source>
        <translation>
            <numerusform>%n Datei wurde nicht hinzugefügt: {0}</numerusform>
            <numerusform>%n Dateien wurden nicht hinzugefügt: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n track(s) from {0} into “{1}”.</source>
        <translation>
            <numerusform>%n Titel aus {0} in „{1}“ importiert.</numerusform>
            <numerusform>%n Titel aus {0} in „{1}“ importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be used (line {0}: {1}).</source>
        <translation>
            <numerusform>%n Zeile war nicht verwendbar (Zeile {0}: {1}).</numerusform>
            <numerusform>%n Zeilen waren nicht verwendbar (Zeile {0}: {1}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: %n track(s) · {1}</source>
        <translation>
            <numerusform>{0}: %n Titel · {1}</numerusform>
            <numerusform>{0}: %n Titel · {1}</numerusform>
        </translation>
    </message>
    <message>
        <source> and {0} more</source>
        <translation> und {0} weitere</translation>
    </message>
    <message>
        <source>{0}. {1}</source>
        <translation>{0}. {1}</translation>
    </message>
    <message>
        <source>The music could not be read ({0}).</source>
        <translation>Die Musik konnte nicht gelesen werden ({0}).</translation>
    </message>
    <message>
        <source>Where is “{0}” now?</source>
        <translation>Wo ist „{0}“ jetzt?</translation>
    </message>
    <message>
        <source>Import a playlist</source>
        <translation>Eine Wiedergabeliste importieren</translation>
    </message>
    <message>
        <source>Playlists (*.m3u *.m3u8)</source>
        <translation>Wiedergabelisten (*.m3u *.m3u8)</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>{0} of the files could not be found (line {1}: {2}); they are kept and marked missing.</source>
        <translation>Nicht gefundene Dateien: {0} (Zeile {1}: {2}); sie bleiben in der Liste und sind als fehlend markiert.</translation>
    </message>
    <message>
        <source>Export the playlist</source>
        <translation>Die Wiedergabeliste exportieren</translation>
    </message>
    <message>
        <source>Playlists (*.m3u8 *.m3u)</source>
        <translation>Wiedergabelisten (*.m3u8 *.m3u)</translation>
    </message>
    <message>
        <source>Saved “{0}” as {1}.</source>
        <translation>„{0}“ als {1} gespeichert.</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Hören</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Back to the home screen</source>
        <translation>Zurück zur Startseite</translation>
    </message>
    <message>
        <source>No playlist chosen</source>
        <translation>Keine Wiedergabeliste gewählt</translation>
    </message>
    <message>
        <source> · {0} missing or cannot play (skipped)</source>
        <translation> · {0} fehlen oder lassen sich nicht abspielen (übersprungen)</translation>
    </message>
    <message>
        <source> · {0} marked unsettled twice (left out)</source>
        <translation> · {0} zweimal als beunruhigend markiert (ausgelassen)</translation>
    </message>
    <message>
        <source>The file could not be found: {0}</source>
        <translation>Die Datei wurde nicht gefunden: {0}</translation>
    </message>
    <message>
        <source>Playlists are unavailable: the history file could not be opened.</source>
        <translation>Wiedergabelisten sind nicht verfügbar: Die Verlaufsdatei konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>This playlist is empty: add some music first.</source>
        <translation>Diese Wiedergabeliste ist leer: Fügen Sie zuerst Musik hinzu.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Companion</source>
        <translation>Companion</translation>
    </message>
</context>
<context>
    <name>MassageFigure</name>
    <message>
        <source>Massage picture</source>
        <translation>Massagebild</translation>
    </message>
</context>
<context>
    <name>MassagePage</name>
    <message>
        <source>Begin the guided massage</source>
        <translation>Die geführte Massage beginnen</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Zurück zum Anfang</translation>
    </message>
    <message>
        <source>Gentle hand massage</source>
        <translation>Sanfte Handmassage</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Who is giving the massage?</source>
        <translation>Wer gibt die Massage?</translation>
    </message>
    <message>
        <source>Family member or friend</source>
        <translation>Angehörige oder Freunde</translation>
    </message>
    <message>
        <source>Carer or nurse</source>
        <translation>Pflegekraft</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <source>These answers are in the care plan since {0}. Please check they are still right.</source>
        <translation>Diese Antworten stehen seit dem {0} im Behandlungsplan. Bitte prüfen Sie, ob sie noch stimmen.</translation>
    </message>
    <message>
        <source>Please answer each question. If you are not sure, say so.</source>
        <translation>Bitte beantworten Sie jede Frage. Wenn Sie unsicher sind, sagen Sie es.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <source>Include the forearms (if welcome)</source>
        <translation>Die Unterarme einbeziehen (wenn erwünscht)</translation>
    </message>
    <message>
        <source>Two optional steps</source>
        <translation>Zwei freiwillige Schritte</translation>
    </message>
    <message>
        <source>The steps you will be guided through</source>
        <translation>Die Schritte, durch die Sie geführt werden</translation>
    </message>
    <message>
        <source>first hand</source>
        <translation>erste Hand</translation>
    </message>
    <message>
        <source>second hand</source>
        <translation>zweite Hand</translation>
    </message>
    <message>
        <source>Please do not start a massage now.</source>
        <translation>Bitte beginnen Sie jetzt keine Massage.</translation>
    </message>
    <message>
        <source>Ask the care team first. Simply being together is enough today.</source>
        <translation>Fragen Sie zuerst das Behandlungsteam. Einfach zusammen zu sein, ist heute genug.</translation>
    </message>
    <message>
        <source>Please take care:</source>
        <translation>Bitte achten Sie auf Folgendes:</translation>
    </message>
    <message>
        <source>If you are unsure about any of this, ask the care team before starting.</source>
        <translation>Wenn Sie bei etwas davon unsicher sind, fragen Sie das Behandlungsteam, bevor Sie beginnen.</translation>
    </message>
    <message>
        <source>Nothing to avoid from these questions. Begin when you are both ready.</source>
        <translation>Nach diesen Fragen gibt es nichts zu meiden. Beginnen Sie, wenn Sie beide bereit sind.</translation>
    </message>
    <message>
        <source>Answer every question to begin.</source>
        <translation>Beantworten Sie jede Frage, um zu beginnen.</translation>
    </message>
    <message>
        <source>Not with the lighter touch these answers ask for</source>
        <translation>Nicht mit der leichteren Berührung, die diese Antworten verlangen</translation>
    </message>
    <message>
        <source>What you will do ({0}): {1}.</source>
        <translation>Was Sie tun werden ({0}): {1}.</translation>
    </message>
    <message>
        <source>The steps between are given to each hand in turn.</source>
        <translation>Die Schritte dazwischen gelten abwechselnd für jede Hand.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>The steps below use a still, resting touch only.</source>
        <translation>Die Schritte unten nutzen nur eine ruhende, stille Berührung.</translation>
    </message>
    <message>
        <source>The steps below use a feather-light touch and leave every joint still.</source>
        <translation>Die Schritte unten nutzen eine federleichte Berührung und lassen jedes Gelenk ruhig.</translation>
    </message>
    <message>
        <source>They are for one hand only.</source>
        <translation>Sie sind nur für eine Hand.</translation>
    </message>
    <message>
        <source>Each step reminds you what to keep clear of.</source>
        <translation>Jeder Schritt erinnert Sie daran, welche Stellen Sie aussparen.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Recent days: {0}</source>
        <translation>Letzte Tage: {0}</translation>
    </message>
    <message>
        <source>Some people find that three days in a row works well. Any day is fine.</source>
        <translation>Manche finden, dass drei Tage hintereinander gut tun. Jeder Tag ist gut.</translation>
    </message>
    <message>
        <source>Massage given on {0} of the last 3 days</source>
        <translation>Massage an {0} der letzten 3 Tage</translation>
    </message>
    <message>
        <source>Keep in mind</source>
        <translation>Denken Sie daran</translation>
    </message>
    <message>
        <source>Keep your touch light. Stop if anything is uncomfortable.</source>
        <translation>Berühren Sie leicht. Hören Sie auf, wenn sich etwas unangenehm anfühlt.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>The step before</source>
        <translation>Der Schritt davor</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Go on to the next step</source>
        <translation>Zum nächsten Schritt gehen</translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>Schritt {0} von {1}</translation>
    </message>
    <message>
        <source>{0} left in all</source>
        <translation>noch {0} insgesamt</translation>
    </message>
    <message>
        <source>Massage complete</source>
        <translation>Massage beendet</translation>
    </message>
    <message>
        <source>Massage stopped</source>
        <translation>Massage abgebrochen</translation>
    </message>
    <message>
        <source>Time: {0}. Rest together for a while if that feels right.</source>
        <translation>Zeit: {0}. Ruhen Sie sich eine Weile gemeinsam aus, wenn es sich richtig anfühlt.</translation>
    </message>
</context>
<context>
    <name>MeditationPage</name>
    <message>
        <source>Begin the quiet time (Space)</source>
        <translation>Die stille Zeit beginnen (Leertaste)</translation>
    </message>
    <message>
        <source>Sit again</source>
        <translation>Noch einmal sitzen</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>Show or hide the time left</source>
        <translation>Die verbleibende Zeit zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Stop and choose another length or bell</source>
        <translation>Beenden und eine andere Dauer oder einen anderen Klang wählen</translation>
    </message>
    <message>
        <source>{0}, every {1} min</source>
        <translation>{0}, alle {1} Min.</translation>
    </message>
    <message>
        <source>Quiet time · {0}</source>
        <translation>Stille Zeit · {0}</translation>
    </message>
    <message>
        <source>Sit for as long as you like. Stop (Esc) when you are ready</source>
        <translation>Sitzen Sie, so lange Sie möchten. Beenden Sie mit Esc, wenn Sie bereit sind</translation>
    </message>
    <message>
        <source>; a bell will close the time.</source>
        <translation>; ein Klang beschließt die Zeit.</translation>
    </message>
    <message>
        <source>Rest. A bell will ring when the time is up.</source>
        <translation>Ruhen Sie. Ein Klang ertönt, wenn die Zeit um ist.</translation>
    </message>
    <message>
        <source>Rest. The screen will say when the time is up.</source>
        <translation>Ruhen Sie. Der Bildschirm zeigt an, wenn die Zeit um ist.</translation>
    </message>
    <message>
        <source>Time so far</source>
        <translation>Bisherige Zeit</translation>
    </message>
    <message>
        <source>Your quiet time is complete</source>
        <translation>Ihre stille Zeit ist zu Ende</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Time: {0}</source>
        <translation>Zeit: {0}</translation>
    </message>
    <message>
        <source>Hide the time</source>
        <translation>Zeit ausblenden</translation>
    </message>
    <message>
        <source>Show the time</source>
        <translation>Zeit zeigen</translation>
    </message>
</context>
<context>
    <name>MeditationSetup</name>
    <message>
        <source>Bowl</source>
        <translation>Klangschale</translation>
    </message>
    <message>
        <source>Deep bowl</source>
        <translation>Tiefe Klangschale</translation>
    </message>
    <message>
        <source>Small bowl</source>
        <translation>Kleine Klangschale</translation>
    </message>
    <message>
        <source>No bell</source>
        <translation>Kein Klang</translation>
    </message>
    <message>
        <source>Quiet time</source>
        <translation>Stille Zeit</translation>
    </message>
    <message>
        <source>Sit or lie quietly for as long as you choose. A soft bell begins the time and ends it; nothing else asks anything of you.</source>
        <translation>Sitzen oder liegen Sie ruhig, so lange Sie möchten. Ein sanfter Klang beginnt und beendet die Zeit; sonst verlangt nichts etwas von Ihnen.</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} Min.</translation>
    </message>
    <message>
        <source>As long as I like</source>
        <translation>So lange ich möchte</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Bell</source>
        <translation>Klang</translation>
    </message>
    <message>
        <source>Hear the bell</source>
        <translation>Klang anhören</translation>
    </message>
    <message>
        <source>Ring the chosen bell once, to set the volume</source>
        <translation>Den gewählten Klang einmal ertönen lassen, um die Lautstärke einzustellen</translation>
    </message>
    <message>
        <source>Every {0} min</source>
        <translation>Alle {0} Min.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Bells in between</source>
        <translation>Klänge zwischendurch</translation>
    </message>
    <message>
        <source>Silence</source>
        <translation>Stille</translation>
    </message>
    <message>
        <source>Under the quiet</source>
        <translation>Im Hintergrund</translation>
    </message>
    <message>
        <source>Show the time left</source>
        <translation>Verbleibende Zeit zeigen</translation>
    </message>
    <message>
        <source>You can hide it during the quiet time too</source>
        <translation>Sie können sie auch während der stillen Zeit ausblenden</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Sound is still starting.</source>
        <translation>Der Ton startet noch.</translation>
    </message>
    <message>
        <source>Sound is off: the sound library is missing.</source>
        <translation>Der Ton ist aus: Die Tonbibliothek fehlt.</translation>
    </message>
    <message>
        <source>Sound is off: no sound device was found.</source>
        <translation>Der Ton ist aus: Es wurde kein Audiogerät gefunden.</translation>
    </message>
    <message>
        <source>Sound is off: the sound device went away and could not be reopened.</source>
        <translation>Der Ton ist aus: Das Audiogerät ist nicht mehr da und konnte nicht wieder geöffnet werden.</translation>
    </message>
    <message>
        <source>Spoken cues are unavailable on this computer; the soft tones play instead.</source>
        <translation>Gesprochene Hinweise sind auf diesem Computer nicht verfügbar; stattdessen erklingen die sanften Töne.</translation>
    </message>
    <message>
        <source>Sound is off.</source>
        <translation>Der Ton ist aus.</translation>
    </message>
    <message>
        <source>This passage is too long to be spoken in one piece, so it is shown as words.</source>
        <translation>Dieser Abschnitt ist zu lang, um in einem Stück gesprochen zu werden, deshalb wird er als Text gezeigt.</translation>
    </message>
    <message>
        <source>Speaking this passage took too long, so it is shown as words.</source>
        <translation>Das Sprechen dieses Abschnitts hat zu lange gedauert, deshalb wird er als Text gezeigt.</translation>
    </message>
    <message>
        <source>This passage could not be spoken, so it is shown as words.</source>
        <translation>Dieser Abschnitt konnte nicht gesprochen werden, deshalb wird er als Text gezeigt.</translation>
    </message>
    <message>
        <source>The file “{0}” could not be found.</source>
        <translation>Die Datei „{0}“ wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>“{0}” is a folder, not a music file.</source>
        <translation>„{0}“ ist ein Ordner, keine Musikdatei.</translation>
    </message>
    <message>
        <source>“{0}” is not an ordinary file (a device or a pipe), not a music file.</source>
        <translation>„{0}“ ist keine gewöhnliche Datei (ein Gerät oder eine Pipe) und keine Musikdatei.</translation>
    </message>
    <message>
        <source>The file “{0}” cannot be played: it is damaged or not a sound format Companion knows (WAV, OGG, MP3, FLAC).</source>
        <translation>Die Datei „{0}“ kann nicht abgespielt werden: Sie ist beschädigt oder in einem Format, das Companion nicht kennt (WAV, OGG, MP3, FLAC).</translation>
    </message>
    <message>
        <source>Spoken guidance is not available: no speech engine was found on this computer.</source>
        <translation>Gesprochene Anleitung ist nicht verfügbar: Auf diesem Computer wurde keine Sprachausgabe gefunden.</translation>
    </message>
    <message>
        <source>Spoken guidance is not available: the speech engine could not start.</source>
        <translation>Gesprochene Anleitung ist nicht verfügbar: Die Sprachausgabe konnte nicht starten.</translation>
    </message>
    <message>
        <source>Spoken guidance is not available: the speech engine did not respond.</source>
        <translation>Gesprochene Anleitung ist nicht verfügbar: Die Sprachausgabe hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>Spoken guidance has been switched off because the speech engine kept failing.</source>
        <translation>Die gesprochene Anleitung wurde ausgeschaltet, weil die Sprachausgabe immer wieder versagt hat.</translation>
    </message>
    <message>
        <source>Speaking took too long and was stopped. Please try again.</source>
        <translation>Das Sprechen hat zu lange gedauert und wurde beendet. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>This passage could not be turned into speech.</source>
        <translation>Dieser Abschnitt konnte nicht in Sprache umgewandelt werden.</translation>
    </message>
    <message>
        <source>This passage is too long to be spoken in one piece; it is shown as words instead.</source>
        <translation>Dieser Abschnitt ist zu lang, um in einem Stück gesprochen zu werden; er wird stattdessen als Text gezeigt.</translation>
    </message>
    <message>
        <source>Spoken guidance is not available: the speech files cannot be stored.</source>
        <translation>Gesprochene Anleitung ist nicht verfügbar: Die Sprachdateien können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Spoken guidance has been switched off.</source>
        <translation>Die gesprochene Anleitung wurde ausgeschaltet.</translation>
    </message>
    <message>
        <source>The natural voice is not installed on this computer, so the standard voice speaks instead.</source>
        <translation>Die natürliche Stimme ist auf diesem Computer nicht installiert, deshalb spricht stattdessen die Standardstimme.</translation>
    </message>
    <message>
        <source>The natural voice could not start, so the standard voice speaks instead.</source>
        <translation>Die natürliche Stimme konnte nicht starten, deshalb spricht stattdessen die Standardstimme.</translation>
    </message>
    <message>
        <source>Spoken guidance is not available.</source>
        <translation>Gesprochene Anleitung ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The voice file could not be found.</source>
        <translation>Die Stimmdatei wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>That is not a voice file (it is a folder or a device).</source>
        <translation>Das ist keine Stimmdatei (es ist ein Ordner oder ein Gerät).</translation>
    </message>
    <message>
        <source>That file is not the size of a voice (a Piper voice is 1 to 200 MB).</source>
        <translation>Diese Datei hat nicht die Größe einer Stimme (eine Piper-Stimme ist 1 bis 200 MB groß).</translation>
    </message>
    <message>
        <source>The voice&apos;s settings file is missing: keep the .onnx.json file beside the .onnx file, with the same name.</source>
        <translation>Die Einstellungsdatei der Stimme fehlt: Legen Sie die .onnx.json-Datei mit demselben Namen neben die .onnx-Datei.</translation>
    </message>
    <message>
        <source>The voice&apos;s settings (.onnx.json) are not a file.</source>
        <translation>Die Einstellungen der Stimme (.onnx.json) sind keine Datei.</translation>
    </message>
    <message>
        <source>The voice&apos;s settings file (.onnx.json) is too large.</source>
        <translation>Die Einstellungsdatei der Stimme (.onnx.json) ist zu groß.</translation>
    </message>
    <message>
        <source>The voice&apos;s settings file (.onnx.json) is damaged or is not a Piper voice&apos;s.</source>
        <translation>Die Einstellungsdatei der Stimme (.onnx.json) ist beschädigt oder gehört nicht zu einer Piper-Stimme.</translation>
    </message>
    <message>
        <source>The voice&apos;s settings file (.onnx.json) lacks what Piper needs to speak.</source>
        <translation>Der Einstellungsdatei der Stimme (.onnx.json) fehlt, was Piper zum Sprechen braucht.</translation>
    </message>
    <message>
        <source>This voice needs more than Companion carries (only voices that use espeak-ng phonemes can be added).</source>
        <translation>Diese Stimme braucht mehr, als Companion mitbringt (nur Stimmen mit espeak-ng-Phonemen können hinzugefügt werden).</translation>
    </message>
    <message>
        <source>The voice did not load: the file is damaged or not a voice.</source>
        <translation>Die Stimme wurde nicht geladen: Die Datei ist beschädigt oder keine Stimme.</translation>
    </message>
    <message>
        <source>The natural voice engine is not installed on this computer.</source>
        <translation>Die Sprachausgabe für natürliche Stimmen ist auf diesem Computer nicht installiert.</translation>
    </message>
    <message>
        <source>You already have a voice with this name.</source>
        <translation>Sie haben schon eine Stimme mit diesem Namen.</translation>
    </message>
    <message>
        <source>The voice could not be copied into Companion&apos;s folder.</source>
        <translation>Die Stimme konnte nicht in den Ordner von Companion kopiert werden.</translation>
    </message>
    <message>
        <source>The voice loaded, but said nothing.</source>
        <translation>Die Stimme wurde geladen, hat aber nichts gesagt.</translation>
    </message>
    <message>
        <source>This voice cannot be used.</source>
        <translation>Diese Stimme kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>No microphone was found, so nothing can be recorded. Everything else works as usual: lines without a recording are read by the voice you chose.</source>
        <translation>Es wurde kein Mikrofon gefunden, deshalb kann nichts aufgenommen werden. Alles andere funktioniert wie gewohnt: Zeilen ohne Aufnahme liest die gewählte Stimme.</translation>
    </message>
    <message>
        <source>Recording is not available: the sound library is missing.</source>
        <translation>Aufnehmen ist nicht möglich: Die Tonbibliothek fehlt.</translation>
    </message>
    <message>
        <source>Nothing was heard. Check that the microphone is on and not muted, then try again.</source>
        <translation>Es war nichts zu hören. Prüfen Sie, ob das Mikrofon eingeschaltet und nicht stummgeschaltet ist, und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>Recordings are kept with your history, which cannot be opened right now, so nothing can be recorded.</source>
        <translation>Aufnahmen werden mit Ihrem Verlauf gespeichert, der sich gerade nicht öffnen lässt, deshalb kann nichts aufgenommen werden.</translation>
    </message>
    <message>
        <source>The recording did not work. Please try again.</source>
        <translation>Die Aufnahme hat nicht geklappt. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The breathing circle and words still guide you.</source>
        <translation>Der Atemkreis und die Worte führen Sie weiterhin.</translation>
    </message>
    <message>
        <source>Nothing in “{0}” can be played right now.</source>
        <translation>Aus „{0}“ lässt sich gerade nichts abspielen.</translation>
    </message>
    <message>
        <source>There is no playlist called “{0}”.</source>
        <translation>Es gibt keine Wiedergabeliste namens „{0}“.</translation>
    </message>
    <message>
        <source>The breathlessness plan could not be read, so it is empty for now. The old file is kept as {0}. Please write the plan again with the care team.</source>
        <translation>Der Plan für Atemnot konnte nicht gelesen werden, deshalb ist er vorerst leer. Die alte Datei bleibt als {0} erhalten. Bitte schreiben Sie den Plan noch einmal mit dem Behandlungsteam.</translation>
    </message>
    <message>
        <source>The breathlessness plan could not be read on this computer. Please write it again with the care team.</source>
        <translation>Der Plan für Atemnot konnte auf diesem Computer nicht gelesen werden. Bitte schreiben Sie ihn noch einmal mit dem Behandlungsteam.</translation>
    </message>
    <message>
        <source>Part of the breathlessness plan could not be read and was left empty. Please check the plan with the care team.</source>
        <translation>Ein Teil des Plans für Atemnot konnte nicht gelesen werden und blieb leer. Bitte prüfen Sie den Plan mit dem Behandlungsteam.</translation>
    </message>
    <message>
        <source>It was skipped.</source>
        <translation>Er wurde übersprungen.</translation>
    </message>
    <message>
        <source>The observer&apos;s rating could not be saved ({0}).</source>
        <translation>Die Fremdeinschätzung konnte nicht gespeichert werden ({0}).</translation>
    </message>
    <message>
        <source>History is unavailable, so the observer&apos;s rating could not be kept.</source>
        <translation>Der Verlauf ist nicht verfügbar, deshalb konnte die Fremdeinschätzung nicht aufbewahrt werden.</translation>
    </message>
    <message>
        <source>Something went wrong ({0}).</source>
        <translation>Etwas ist schiefgegangen ({0}).</translation>
    </message>
    <message>
        <source>The disk is full, so history could not be saved. Free some space.</source>
        <translation>Die Festplatte ist voll, deshalb konnte der Verlauf nicht gespeichert werden. Schaffen Sie etwas Platz.</translation>
    </message>
    <message>
        <source>History is busy in another program or window of Companion; try again in a moment.</source>
        <translation>Der Verlauf wird gerade in einem anderen Programm oder Fenster von Companion benutzt; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>History is read-only here, so sessions cannot be saved.</source>
        <translation>Der Verlauf ist hier schreibgeschützt, deshalb können keine Sitzungen gespeichert werden.</translation>
    </message>
    <message>
        <source>Companion is not allowed to open its history file; check the file&apos;s permissions.</source>
        <translation>Companion darf seine Verlaufsdatei nicht öffnen; prüfen Sie die Zugriffsrechte der Datei.</translation>
    </message>
    <message>
        <source>Part of your history file is damaged, so it could not be read or saved. Sessions still run; if you have a backup, History → Restore… brings it back.</source>
        <translation>Ein Teil Ihrer Verlaufsdatei ist beschädigt und konnte nicht gelesen oder gespeichert werden. Sitzungen laufen weiter; wenn Sie eine Sicherung haben, holt „Verlauf → Wiederherstellen…“ sie zurück.</translation>
    </message>
    <message>
        <source>Your history was written by a newer version of Companion: it is shown, but new sessions are not saved until Companion is updated.</source>
        <translation>Ihr Verlauf wurde von einer neueren Version von Companion geschrieben: Er wird angezeigt, aber neue Sitzungen werden erst gespeichert, wenn Companion aktualisiert ist.</translation>
    </message>
    <message>
        <source>History could not be read or saved.</source>
        <translation>Der Verlauf konnte nicht gelesen oder gespeichert werden.</translation>
    </message>
    <message>
        <source>No file name was given.</source>
        <translation>Es wurde kein Dateiname angegeben.</translation>
    </message>
    <message>
        <source>“{0}” could not be found.</source>
        <translation>„{0}“ wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The folder for “{0}” does not exist.</source>
        <translation>Der Ordner für „{0}“ existiert nicht.</translation>
    </message>
    <message>
        <source>“{0}” is a folder, not a file.</source>
        <translation>„{0}“ ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>“{0}” is not an ordinary file (a device or a pipe), so it was not used.</source>
        <translation>„{0}“ ist keine gewöhnliche Datei (ein Gerät oder eine Pipe) und wurde deshalb nicht verwendet.</translation>
    </message>
    <message>
        <source>“{0}” is too large to be one Companion can use.</source>
        <translation>„{0}“ ist zu groß, als dass Companion die Datei verwenden könnte.</translation>
    </message>
    <message>
        <source>“{0}” is not a text file.</source>
        <translation>„{0}“ ist keine Textdatei.</translation>
    </message>
    <message>
        <source>There is no room left on the disk for “{0}”.</source>
        <translation>Auf der Festplatte ist kein Platz mehr für „{0}“.</translation>
    </message>
    <message>
        <source>“{0}” is on a disk that cannot be written.</source>
        <translation>„{0}“ liegt auf einem Datenträger, auf den nicht geschrieben werden kann.</translation>
    </message>
    <message>
        <source>You do not have permission to use “{0}”.</source>
        <translation>Sie haben keine Berechtigung, „{0}“ zu verwenden.</translation>
    </message>
    <message>
        <source>The name “{0}” is too long for this disk.</source>
        <translation>Der Name „{0}“ ist für diesen Datenträger zu lang.</translation>
    </message>
    <message>
        <source>“{0}” could not be used.</source>
        <translation>„{0}“ konnte nicht verwendet werden.</translation>
    </message>
    <message>
        <source>“{0}” is not a Companion history backup.</source>
        <translation>„{0}“ ist keine Sicherung eines Companion-Verlaufs.</translation>
    </message>
    <message>
        <source>“{0}” is not a backup Companion made (it holds {1}), so it was not restored.</source>
        <translation>„{0}“ ist keine Sicherung von Companion (sie enthält {1}), deshalb wurde sie nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>“{0}” is damaged, so it was not restored.</source>
        <translation>„{0}“ ist beschädigt, deshalb wurde die Datei nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>“{0}” comes from a newer version of Companion; update Companion first.</source>
        <translation>„{0}“ stammt von einer neueren Version von Companion; aktualisieren Sie zuerst Companion.</translation>
    </message>
    <message>
        <source>“{0}” holds values Companion never writes ({1}), so it was not restored.</source>
        <translation>„{0}“ enthält Werte, die Companion nie schreibt ({1}), deshalb wurde die Datei nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>Checking “{0}” took too long, so it was not restored.</source>
        <translation>Die Prüfung von „{0}“ hat zu lange gedauert, deshalb wurde die Datei nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>The backup could not be written to “{0}”.</source>
        <translation>Die Sicherung konnte nicht nach „{0}“ geschrieben werden.</translation>
    </message>
    <message>
        <source>“{0}” is in use by another program or window of Companion; try again in a moment.</source>
        <translation>„{0}“ wird gerade von einem anderen Programm oder Fenster von Companion benutzt; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Your history file could not be read, so a new one was started. The old file is kept as {0}; nothing was deleted. If you have a backup, History → Restore… brings your sessions back.</source>
        <translation>Ihre Verlaufsdatei konnte nicht gelesen werden, deshalb wurde eine neue angelegt. Die alte Datei bleibt als {0} erhalten; nichts wurde gelöscht. Wenn Sie eine Sicherung haben, holt „Verlauf → Wiederherstellen…“ Ihre Sitzungen zurück.</translation>
    </message>
    <message>
        <source>Your history was written by a newer version of Companion (schema {0}; this version knows {1}). It is shown as it is, but new sessions are not saved until Companion is updated.</source>
        <translation>Ihr Verlauf wurde von einer neueren Version von Companion geschrieben (Schema {0}; diese Version kennt {1}). Er wird so angezeigt, wie er ist, aber neue Sitzungen werden erst gespeichert, wenn Companion aktualisiert ist.</translation>
    </message>
    <message>
        <source>Its file or folder could not be opened ({0}).</source>
        <translation>Die zugehörige Datei oder der Ordner konnte nicht geöffnet werden ({0}).</translation>
    </message>
    <message>
        <source>History is unavailable, so sessions are not saved.</source>
        <translation>Der Verlauf ist nicht verfügbar, deshalb werden keine Sitzungen gespeichert.</translation>
    </message>
    <message>
        <source>Your history file was left as it is; once this is put right, start Companion again.</source>
        <translation>Ihre Verlaufsdatei wurde so gelassen, wie sie ist; wenn das behoben ist, starten Sie Companion neu.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) hold values Companion does not write (from another program, a newer version or damage). They are shown as they are and marked ⚠.</source>
        <translation>
            <numerusform>%n Sitzung enthält Werte, die Companion nicht schreibt (aus einem anderen Programm, einer neueren Version oder durch eine Beschädigung). Sie wird so angezeigt, wie sie ist, und mit ⚠ markiert.</numerusform>
            <numerusform>%n Sitzungen enthalten Werte, die Companion nicht schreibt (aus einem anderen Programm, einer neueren Version oder durch eine Beschädigung). Sie werden so angezeigt, wie sie sind, und mit ⚠ markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your history is as it was; a copy of it is also kept as {0}.</source>
        <translation>Ihr Verlauf ist so, wie er war; eine Kopie davon bleibt außerdem als {0} erhalten.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({0}). What you were doing may not have finished; the details are in the log.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen ({0}). Was Sie gerade getan haben, ist vielleicht nicht abgeschlossen; die Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>The in-breath must last between {0} and {1} seconds.</source>
        <translation>Das Einatmen muss zwischen {0} und {1} Sekunden dauern.</translation>
    </message>
    <message>
        <source>The out-breath must last between {0} and {1} seconds.</source>
        <translation>Das Ausatmen muss zwischen {0} und {1} Sekunden dauern.</translation>
    </message>
    <message>
        <source>A hold must last between 0 and {0} seconds.</source>
        <translation>Eine Pause muss zwischen 0 und {0} Sekunden dauern.</translation>
    </message>
    <message>
        <source>The out-breath must be at least as long as the in-breath.</source>
        <translation>Das Ausatmen muss mindestens so lange dauern wie das Einatmen.</translation>
    </message>
    <message>
        <source>“{0}” is not a pattern; write in-out seconds like 4-6 or 4-0-6-0.</source>
        <translation>„{0}“ ist kein Muster; schreiben Sie die Sekunden für Ein- und Ausatmen, etwa 4-6 oder 4-0-6-0.</translation>
    </message>
    <message>
        <source>“{0}” needs two numbers (4-6) or four (4-0-6-0).</source>
        <translation>„{0}“ braucht zwei Zahlen (4-6) oder vier (4-0-6-0).</translation>
    </message>
    <message>
        <source>A reminder needs a few words, e.g. “Before sleep”.</source>
        <translation>Eine Erinnerung braucht ein paar Worte, zum Beispiel „Vor dem Schlafen“.</translation>
    </message>
    <message>
        <source>A reminder&apos;s words can be at most {0} characters.</source>
        <translation>Die Worte einer Erinnerung dürfen höchstens {0} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>A playlist needs a name.</source>
        <translation>Eine Wiedergabeliste braucht einen Namen.</translation>
    </message>
    <message>
        <source>A playlist name can be at most {0} characters long.</source>
        <translation>Der Name einer Wiedergabeliste darf höchstens {0} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>This playlist comes with Companion and cannot be changed. Make a copy to edit it.</source>
        <translation>Diese Wiedergabeliste gehört zu Companion und kann nicht geändert werden. Legen Sie eine Kopie an, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>This playlist no longer exists.</source>
        <translation>Diese Wiedergabeliste gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>A playlist of yours is called “{0}”, the name of a playlist that comes with Companion. Rename yours to see both.</source>
        <translation>Eine Ihrer Wiedergabelisten heißt „{0}“, wie eine Liste, die zu Companion gehört. Benennen Sie Ihre um, damit Sie beide sehen.</translation>
    </message>
    <message>
        <source>There is already a playlist called “{0}”.</source>
        <translation>Es gibt schon eine Wiedergabeliste namens „{0}“.</translation>
    </message>
    <message>
        <source>Part of the care plan could not be read and was left empty ({0}). Please check it with the care team.</source>
        <translation>Ein Teil des Behandlungsplans konnte nicht gelesen werden und blieb leer ({0}). Bitte prüfen Sie ihn mit dem Behandlungsteam.</translation>
    </message>
    <message>
        <source>The care plan could not be read ({0}).</source>
        <translation>Der Behandlungsplan konnte nicht gelesen werden ({0}).</translation>
    </message>
    <message>
        <source>The care plan could not be saved ({0}). It is kept until Companion closes.</source>
        <translation>Der Behandlungsplan konnte nicht gespeichert werden ({0}). Er bleibt erhalten, bis Companion geschlossen wird.</translation>
    </message>
</context>
<context>
    <name>MessagesCard</name>
    <message>
        <source>Messages from family</source>
        <translation>Nachrichten der Familie</translation>
    </message>
    <message>
        <source>A short message in a loved one&apos;s own voice, to hear any time, or to open or close an Imagine session.</source>
        <translation>Eine kurze Nachricht mit der Stimme eines lieben Menschen, jederzeit zu hören oder zum Beginn oder Ende einer Fantasiereise.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Recorded messages; choose one with the arrow keys, then Play or Delete</source>
        <translation>Aufgenommene Nachrichten; wählen Sie eine mit den Pfeiltasten, dann „Abspielen“ oder „Löschen“</translation>
    </message>
    <message>
        <source>Play the message</source>
        <translation>Nachricht abspielen</translation>
    </message>
    <message>
        <source>Hear it now</source>
        <translation>Jetzt anhören</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete this message</source>
        <translation>Diese Nachricht löschen</translation>
    </message>
    <message>
        <source>Save as audio files…</source>
        <translation>Als Audiodateien speichern…</translation>
    </message>
    <message>
        <source>Copy the messages into a folder, to keep</source>
        <translation>Die Nachrichten in einen Ordner kopieren, um sie aufzubewahren</translation>
    </message>
    <message>
        <source>Before an Imagine session</source>
        <translation>Vor einer Fantasiereise</translation>
    </message>
    <message>
        <source>After an Imagine session</source>
        <translation>Nach einer Fantasiereise</translation>
    </message>
    <message>
        <source>Record a new message</source>
        <translation>Eine neue Nachricht aufnehmen</translation>
    </message>
    <message>
        <source>Its name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Name of the new message</source>
        <translation>Name der neuen Nachricht</translation>
    </message>
    <message>
        <source>A message from Anna</source>
        <translation>Eine Nachricht von Anna</translation>
    </message>
    <message>
        <source>{0} ({1:.0f} s)</source>
        <translation>{0} ({1:.0f} s)</translation>
    </message>
    <message>
        <source>No message</source>
        <translation>Keine Nachricht</translation>
    </message>
    <message>
        <source>Playing “{0}”.</source>
        <translation>„{0}“ wird abgespielt.</translation>
    </message>
    <message>
        <source>Delete this message?</source>
        <translation>Diese Nachricht löschen?</translation>
    </message>
    <message>
        <source>“{0}” will be deleted. Save it as an audio file first to keep it.</source>
        <translation>„{0}“ wird gelöscht. Speichern Sie sie zuerst als Audiodatei, um sie zu behalten.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>“{0}” was deleted.</source>
        <translation>„{0}“ wurde gelöscht.</translation>
    </message>
    <message>
        <source>Save the messages in a folder</source>
        <translation>Die Nachrichten in einem Ordner speichern</translation>
    </message>
    <message>
        <source>The messages could not be saved there ({0}).</source>
        <translation>Die Nachrichten konnten dort nicht gespeichert werden ({0}).</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n message(s) in “{0}”.</source>
        <translation>
            <numerusform>%n Nachricht in „{0}“ gespeichert.</numerusform>
            <numerusform>%n Nachrichten in „{0}“ gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>Calm</source>
        <translation>Ruhig</translation>
    </message>
    <message>
        <source>Gentle</source>
        <translation>Sanft</translation>
    </message>
    <message>
        <source>Very gentle</source>
        <translation>Sehr sanft</translation>
    </message>
    <message>
        <source>My pattern</source>
        <translation>Mein Muster</translation>
    </message>
</context>
<context>
    <name>NoticeArea</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Put back what was just removed</source>
        <translation>Zurückholen, was gerade entfernt wurde</translation>
    </message>
</context>
<context>
    <name>NowPlaying</name>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>fading out for sleep</source>
        <translation>wird zum Einschlafen ausgeblendet</translation>
    </message>
    <message>
        <source>playing</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>wird beendet</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>Fading out now: press Pause to stop at once, or Off to keep listening.</source>
        <translation>Wird jetzt ausgeblendet: Drücken Sie „Pause“, um sofort aufzuhören, oder „Aus“, um weiterzuhören.</translation>
    </message>
    <message>
        <source>Stops at the end of this track.</source>
        <translation>Endet am Ende dieses Titels.</translation>
    </message>
    <message>
        <source>Stops in {0}.</source>
        <translation>Endet in {0}.</translation>
    </message>
    <message>
        <source>stops after this track</source>
        <translation>endet nach diesem Titel</translation>
    </message>
    <message>
        <source>stops in {0}</source>
        <translation>endet in {0}</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} Min.</translation>
    </message>
    <message>
        <source>End of track</source>
        <translation>Ende des Titels</translation>
    </message>
    <message>
        <source>Sleep timer</source>
        <translation>Einschlaf-Timer</translation>
    </message>
    <message>
        <source>The music fades out over half a minute</source>
        <translation>Die Musik wird über eine halbe Minute ausgeblendet</translation>
    </message>
    <message>
        <source>No sleep timer: the music plays on</source>
        <translation>Kein Einschlaf-Timer: Die Musik spielt weiter</translation>
    </message>
    <message>
        <source>Sleep timer: the music fades out over half a minute, then stops</source>
        <translation>Einschlaf-Timer: Die Musik wird über eine halbe Minute ausgeblendet und endet dann</translation>
    </message>
    <message>
        <source>Sleep: off</source>
        <translation>Einschlaf-Timer: aus</translation>
    </message>
    <message>
        <source>Sleep: {0} min</source>
        <translation>Einschlaf-Timer: {0} Min.</translation>
    </message>
    <message>
        <source>Sleep: end of track</source>
        <translation>Einschlaf-Timer: Ende des Titels</translation>
    </message>
    <message>
        <source>Music playing</source>
        <translation>Musik läuft</translation>
    </message>
    <message>
        <source>Now playing</source>
        <translation>Es läuft</translation>
    </message>
    <message>
        <source>Pause or resume the music</source>
        <translation>Die Musik pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Fade the music out and stop it</source>
        <translation>Die Musik ausblenden und beenden</translation>
    </message>
    <message>
        <source>the music</source>
        <translation>die Musik</translation>
    </message>
</context>
<context>
    <name>ObservePage</name>
    <message>
        <source>Rate as an observer</source>
        <translation>Als Beobachter bewerten</translation>
    </message>
    <message>
        <source>When the patient cannot answer for themselves, a carer can rate what they see. It is kept in History, labelled as observer-rated.</source>
        <translation>Wenn die Patientin oder der Patient nicht selbst antworten kann, kann eine pflegende Person bewerten, was sie sieht. Das wird im Verlauf aufbewahrt und als Fremdeinschätzung gekennzeichnet.</translation>
    </message>
    <message>
        <source>Observed now</source>
        <translation>Jetzt beobachtet</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Back to the home screen (Esc)</source>
        <translation>Zurück zur Startseite (Esc)</translation>
    </message>
    <message>
        <source>Save rating</source>
        <translation>Bewertung speichern</translation>
    </message>
    <message>
        <source>Keep this observer rating in History</source>
        <translation>Diese Fremdeinschätzung im Verlauf aufbewahren</translation>
    </message>
    <message>
        <source>Choose who is rating first.</source>
        <translation>Wählen Sie zuerst, wer bewertet.</translation>
    </message>
    <message>
        <source>Nothing is answered yet.</source>
        <translation>Noch nichts beantwortet.</translation>
    </message>
    <message>
        <source>Saved at {0}. It is in History, apart from the patient&apos;s own answers.</source>
        <translation>Um {0} gespeichert. Sie steht im Verlauf, getrennt von den eigenen Antworten der Patientin oder des Patienten.</translation>
    </message>
</context>
<context>
    <name>Observer</name>
    <message>
        <source>Family caregiver</source>
        <translation>Pflegende Angehörige</translation>
    </message>
    <message>
        <source>Professional caregiver</source>
        <translation>Pflegefachkraft</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient/in</translation>
    </message>
    <message>
        <source>PAINAD {0} of {1}</source>
        <translation>PAINAD {0} von {1}</translation>
    </message>
    <message>
        <source>PAINAD, part: {0}</source>
        <translation>PAINAD, Teil: {0}</translation>
    </message>
    <message>
        <source>breathlessness (carer&apos;s estimate) {0} of 10</source>
        <translation>Atemnot (Einschätzung der pflegenden Person) {0} von 10</translation>
    </message>
    <message>
        <source>could not rate: {0}</source>
        <translation>nicht einschätzbar: {0}</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Observer-rated by {0}</source>
        <translation>Fremdeinschätzung durch {0}</translation>
    </message>
    <message>
        <source>0 = {0}, 10 = {1}</source>
        <translation>0 = {0}, 10 = {1}</translation>
    </message>
    <message>
        <source>{0}: {1} out of {2}</source>
        <translation>{0}: {1} von {2}</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <source>Could not rate</source>
        <translation>Nicht einschätzbar</translation>
    </message>
    <message>
        <source>{0}: it could not be observed or judged (kept as an answer)</source>
        <translation>{0}: Konnte nicht beobachtet oder beurteilt werden (als Antwort gespeichert)</translation>
    </message>
    <message>
        <source>Could not rate: {0}</source>
        <translation>Nicht einschätzbar: {0}</translation>
    </message>
</context>
<context>
    <name>ObserverCard</name>
    <message>
        <source>on its own</source>
        <translation>ohne Sitzung</translation>
    </message>
    <message>
        <source>a session</source>
        <translation>einer Sitzung</translation>
    </message>
    <message>
        <source>before {0}</source>
        <translation>vor {0}</translation>
    </message>
    <message>
        <source>after {0}</source>
        <translation>nach {0}</translation>
    </message>
    <message>
        <source>Rated by an observer</source>
        <translation>Von einer beobachtenden Person bewertet</translation>
    </message>
    <message>
        <source>For when the patient could not answer: PAINAD and a carer&apos;s estimate of breathlessness. Kept apart from the patient&apos;s own answers, never averaged with them.</source>
        <translation>Für den Fall, dass die Patientin oder der Patient nicht antworten konnte: PAINAD und eine Einschätzung der Atemnot durch eine pflegende Person. Getrennt von den eigenen Antworten aufbewahrt und nie mit ihnen gemittelt.</translation>
    </message>
    <message>
        <source>Rate as an observer…</source>
        <translation>Als Beobachter bewerten…</translation>
    </message>
    <message>
        <source>For a patient who cannot answer: PAINAD and breathlessness</source>
        <translation>Wenn die Patientin oder der Patient nicht antworten kann: PAINAD und Atemnot</translation>
    </message>
    <message>
        <source>History is unavailable on this computer.</source>
        <translation>Der Verlauf ist auf diesem Computer nicht verfügbar.</translation>
    </message>
    <message>
        <source>No observer ratings in these dates.</source>
        <translation>Keine Fremdeinschätzungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Observer ratings in these dates: {0}</source>
        <translation>Fremdeinschätzungen in diesem Zeitraum: {0}</translation>
    </message>
</context>
<context>
    <name>ObserverPanel</name>
    <message>
        <source>Observer-rated: for when the patient cannot answer for themselves. Kept apart from the patient&apos;s own answers. Optional: leave any question.</source>
        <translation>Fremdeinschätzung: für den Fall, dass die Patientin oder der Patient nicht selbst antworten kann. Getrennt von den eigenen Antworten aufbewahrt. Freiwillig: Lassen Sie jede Frage weg, die Sie möchten.</translation>
    </message>
    <message>
        <source>Who is rating</source>
        <translation>Wer bewertet</translation>
    </message>
    <message>
        <source>Your name (optional)</source>
        <translation>Ihr Name (freiwillig)</translation>
    </message>
    <message>
        <source>Name of the person rating</source>
        <translation>Name der bewertenden Person</translation>
    </message>
    <message>
        <source>Optional; it is shown with the rating</source>
        <translation>Freiwillig; er wird mit der Bewertung gezeigt</translation>
    </message>
    <message>
        <source>Who is rating?</source>
        <translation>Wer bewertet?</translation>
    </message>
    <message>
        <source>Choose who is rating to keep these answers.</source>
        <translation>Wählen Sie, wer bewertet, um diese Antworten zu behalten.</translation>
    </message>
    <message>
        <source>The carer&apos;s estimate</source>
        <translation>Die Einschätzung der pflegenden Person</translation>
    </message>
    <message>
        <source>PAINAD total: {0} of {1}</source>
        <translation>PAINAD gesamt: {0} von {1}</translation>
    </message>
    <message>
        <source>PAINAD total: shown once all five items have a score.</source>
        <translation>PAINAD gesamt: wird gezeigt, sobald alle fünf Punkte bewertet sind.</translation>
    </message>
</context>
<context>
    <name>OwnPatterns</name>
    <message>
        <source>Holding the breath is optional and off unless you set it here. The out-breath is never shorter than the in-breath.</source>
        <translation>Das Anhalten des Atems ist freiwillig und aus, solange Sie es nicht hier einstellen. Das Ausatmen ist nie kürzer als das Einatmen.</translation>
    </message>
    <message>
        <source>Your patterns</source>
        <translation>Ihre Muster</translation>
    </message>
    <message>
        <source>New pattern</source>
        <translation>Neues Muster</translation>
    </message>
    <message>
        <source>Make another pattern of your own, with its name</source>
        <translation>Ein weiteres eigenes Muster anlegen, mit seinem Namen</translation>
    </message>
    <message>
        <source>Pattern name</source>
        <translation>Name des Musters</translation>
    </message>
    <message>
        <source>What Breathe calls this pattern</source>
        <translation>Wie „Atmen“ dieses Muster nennt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Hold after breathing in</source>
        <translation>Halten nach dem Einatmen</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>Rest after breathing out</source>
        <translation>Ruhen nach dem Ausatmen</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Delete this pattern</source>
        <translation>Dieses Muster löschen</translation>
    </message>
    <message>
        <source>Remove this pattern from Breathe</source>
        <translation>Dieses Muster aus „Atmen“ entfernen</translation>
    </message>
    <message>
        <source>Save this pattern</source>
        <translation>Dieses Muster speichern</translation>
    </message>
    <message>
        <source>Keep this pattern and choose it in Breathe</source>
        <translation>Dieses Muster behalten und in „Atmen“ auswählen</translation>
    </message>
    <message>
        <source>Your pattern: {0}</source>
        <translation>Ihr Muster: {0}</translation>
    </message>
    <message>
        <source>My pattern {0}</source>
        <translation>Mein Muster {0}</translation>
    </message>
    <message>
        <source>My pattern</source>
        <translation>Mein Muster</translation>
    </message>
    <message>
        <source>Saved “{0}” ({1}); it is now chosen in Breathe.</source>
        <translation>„{0}“ ({1}) gespeichert; es ist jetzt in „Atmen“ ausgewählt.</translation>
    </message>
    <message>
        <source>Delete “{0}”?</source>
        <translation>„{0}“ löschen?</translation>
    </message>
    <message>
        <source>Breathe will no longer offer it. Your history keeps its sessions.</source>
        <translation>„Atmen“ bietet es dann nicht mehr an. Ihr Verlauf behält seine Sitzungen.</translation>
    </message>
    <message>
        <source>Delete the pattern</source>
        <translation>Muster löschen</translation>
    </message>
</context>
<context>
    <name>PlayerView</name>
    <message>
        <source>silent</source>
        <translation>stumm</translation>
    </message>
    <message>
        <source>very soft</source>
        <translation>sehr leise</translation>
    </message>
    <message>
        <source>soft</source>
        <translation>leise</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>full</source>
        <translation>voll</translation>
    </message>
    <message>
        <source>Nothing is playing.</source>
        <translation>Es wird nichts abgespielt.</translation>
    </message>
    <message>
        <source>Now playing</source>
        <translation>Es läuft</translation>
    </message>
    <message>
        <source>Position in the track</source>
        <translation>Position im Titel</translation>
    </message>
    <message>
        <source>Left and right arrows move 5 seconds</source>
        <translation>Pfeiltasten links und rechts springen 5 Sekunden</translation>
    </message>
    <message>
        <source>Music volume</source>
        <translation>Musiklautstärke</translation>
    </message>
    <message>
        <source>Left and right arrows: softer and louder. Never louder than a safe limit</source>
        <translation>Pfeiltasten links und rechts: leiser und lauter. Nie lauter als eine sichere Grenze</translation>
    </message>
    <message>
        <source>Sleep timer</source>
        <translation>Einschlaf-Timer</translation>
    </message>
    <message>
        <source>Play this playlist</source>
        <translation>Diese Wiedergabeliste abspielen</translation>
    </message>
    <message>
        <source>Change the music to this playlist</source>
        <translation>Zur Musik dieser Wiedergabeliste wechseln</translation>
    </message>
    <message>
        <source>Edit playlist</source>
        <translation>Liste bearbeiten</translation>
    </message>
    <message>
        <source>Add, arrange or remove tracks; rename, import or export</source>
        <translation>Titel hinzufügen, ordnen oder entfernen; umbenennen, importieren oder exportieren</translation>
    </message>
    <message>
        <source>Playlists</source>
        <translation>Wiedergabelisten</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the start of the track, or the one before</source>
        <translation>Zum Anfang des Titels oder zum Titel davor</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Abspielen oder pausieren (Leertaste)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Change to the next track</source>
        <translation>Zum nächsten Titel wechseln</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Fade the music out and stop</source>
        <translation>Die Musik ausblenden und beenden</translation>
    </message>
    <message>
        <source>From “{0}”, track {1} of {2}</source>
        <translation>Aus „{0}“, Titel {1} von {2}</translation>
    </message>
    <message>
        <source>Volume: {0}, {1} %</source>
        <translation>Lautstärke: {0}, {1} %</translation>
    </message>
</context>
<context>
    <name>PlaylistChips</name>
    <message>
        <source>Playlists</source>
        <translation>Wiedergabelisten</translation>
    </message>
    <message>
        <source>New playlist…</source>
        <translation>Neue Wiedergabeliste…</translation>
    </message>
    <message>
        <source>Make a new, empty playlist</source>
        <translation>Eine neue, leere Wiedergabeliste anlegen</translation>
    </message>
    <message>
        <source>Playlist: {0}</source>
        <translation>Wiedergabeliste: {0}</translation>
    </message>
    <message>
        <source>Show this playlist&apos;s tracks</source>
        <translation>Die Titel dieser Wiedergabeliste zeigen</translation>
    </message>
</context>
<context>
    <name>RatingPanel</name>
    <message>
        <source>Choose what to rate…</source>
        <translation>Auswählen, was Sie bewerten…</translation>
    </message>
    <message>
        <source>Pick up to three things to rate, such as anxiety or pain</source>
        <translation>Wählen Sie bis zu drei Dinge zum Bewerten, zum Beispiel Angst oder Schmerzen</translation>
    </message>
    <message>
        <source>Optional. Leave any question you like.</source>
        <translation>Freiwillig. Lassen Sie jede Frage weg, die Sie möchten.</translation>
    </message>
    <message>
        <source>Rate this item</source>
        <translation>Diesen Punkt bewerten</translation>
    </message>
</context>
<context>
    <name>RatingsCard</name>
    <message>
        <source>Legend: before and after</source>
        <translation>Legende: vorher und nachher</translation>
    </message>
    <message>
        <source>The dashed line with hollow dots is before; the solid line, after.</source>
        <translation>Die gestrichelte Linie mit hohlen Punkten ist vorher; die durchgezogene Linie nachher.</translation>
    </message>
    <message>
        <source>Ratings per week</source>
        <translation>Bewertungen pro Woche</translation>
    </message>
    <message>
        <source>How sessions felt (0–10)</source>
        <translation>Wie sich die Sitzungen angefühlt haben (0–10)</translation>
    </message>
    <message>
        <source>No session in this period was rated before and after. Ratings are optional.</source>
        <translation>Keine Sitzung in diesem Zeitraum wurde vorher und nachher bewertet. Bewertungen sind freiwillig.</translation>
    </message>
    <message>
        <source>{0}: {1} before → {2} after on average ({3}; {4})</source>
        <translation>{0}: im Durchschnitt {1} vorher → {2} nachher ({3}; {4})</translation>
    </message>
    <message>
        <source>{0}, the average of each week:</source>
        <translation>{0}, der Durchschnitt jeder Woche:</translation>
    </message>
    <message>
        <source>{0}, weekly average: dashed line before, solid line after.</source>
        <translation>{0}, Wochendurchschnitt: gestrichelte Linie vorher, durchgezogene Linie nachher.</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <source>Microphone level</source>
        <translation>Mikrofonpegel</translation>
    </message>
    <message>
        <source>How loud the microphone hears you</source>
        <translation>Wie laut das Mikrofon Sie hört</translation>
    </message>
    <message>
        <source>Recording status</source>
        <translation>Aufnahmestatus</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Aufnehmen</translation>
    </message>
    <message>
        <source>Start recording; press again to stop</source>
        <translation>Aufnahme starten; zum Beenden noch einmal drücken</translation>
    </message>
    <message>
        <source>Play it back</source>
        <translation>Anhören</translation>
    </message>
    <message>
        <source>Hear the recording</source>
        <translation>Die Aufnahme anhören</translation>
    </message>
    <message>
        <source>Delete the recording</source>
        <translation>Die Aufnahme löschen</translation>
    </message>
    <message>
        <source>The voice you chose reads it instead</source>
        <translation>Stattdessen liest die gewählte Stimme</translation>
    </message>
    <message>
        <source>Not recorded yet.</source>
        <translation>Noch nicht aufgenommen.</translation>
    </message>
    <message>
        <source>Recorded by {0} ({1:.1f} s).</source>
        <translation>Aufgenommen von {0} ({1:.1f} s).</translation>
    </message>
    <message>
        <source>Recorded ({0:.1f} s).</source>
        <translation>Aufgenommen ({0:.1f} s).</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Record again</source>
        <translation>Neu aufnehmen</translation>
    </message>
    <message>
        <source>Keeping the recording…</source>
        <translation>Die Aufnahme wird gespeichert…</translation>
    </message>
    <message>
        <source>Getting the microphone ready…</source>
        <translation>Das Mikrofon wird vorbereitet…</translation>
    </message>
    <message>
        <source>Playing the recording.</source>
        <translation>Die Aufnahme wird abgespielt.</translation>
    </message>
    <message>
        <source>The recording was deleted.</source>
        <translation>Die Aufnahme wurde gelöscht.</translation>
    </message>
    <message>
        <source>Recording… speak now, then press Stop.</source>
        <translation>Aufnahme läuft… sprechen Sie jetzt und drücken Sie dann „Stopp“.</translation>
    </message>
    <message>
        <source>Kept ({0:.1f} s). Press Play it back to hear it.</source>
        <translation>Gespeichert ({0:.1f} s). Drücken Sie „Anhören“, um sie zu hören.</translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <source>Companion: gentle reminders are on</source>
        <translation>Companion: Sanfte Erinnerungen sind eingeschaltet</translation>
    </message>
    <message>
        <source>Breathless now</source>
        <translation>Atemnot jetzt</translation>
    </message>
    <message>
        <source>Open Companion</source>
        <translation>Companion öffnen</translation>
    </message>
    <message>
        <source>Breathe now</source>
        <translation>Jetzt atmen</translation>
    </message>
    <message>
        <source>Play calming music</source>
        <translation>Beruhigende Musik abspielen</translation>
    </message>
    <message>
        <source>Reminder: {0}</source>
        <translation>Erinnerung: {0}</translation>
    </message>
    <message>
        <source>Companion</source>
        <translation>Companion</translation>
    </message>
</context>
<context>
    <name>ReminderSettings</name>
    <message>
        <source>Off unless you turn them on. While Companion is open, a quiet message appears at the times you choose (in the system tray where there is one). Never a pop-up; a sound only if you ask for one.</source>
        <translation>Aus, solange Sie sie nicht einschalten. Während Companion geöffnet ist, erscheint zu den gewählten Zeiten eine leise Nachricht (im Infobereich der Taskleiste, wo es einen gibt). Nie ein Pop-up; ein Ton nur, wenn Sie es wünschen.</translation>
    </message>
    <message>
        <source>Remind me at these times</source>
        <translation>Zu diesen Zeiten erinnern</translation>
    </message>
    <message>
        <source>Turn gentle reminders on or off</source>
        <translation>Sanfte Erinnerungen ein- oder ausschalten</translation>
    </message>
    <message>
        <source>Reminder times</source>
        <translation>Erinnerungszeiten</translation>
    </message>
    <message>
        <source>The daily reminders; choose one and press Remove to take it away</source>
        <translation>Die täglichen Erinnerungen; wählen Sie eine und drücken Sie „Entfernen“, um sie zu löschen</translation>
    </message>
    <message>
        <source>Time of the new reminder</source>
        <translation>Uhrzeit der neuen Erinnerung</translation>
    </message>
    <message>
        <source>e.g. Before sleep</source>
        <translation>z. B. Vor dem Schlafen</translation>
    </message>
    <message>
        <source>Words of the new reminder</source>
        <translation>Worte der neuen Erinnerung</translation>
    </message>
    <message>
        <source>With a soft sound</source>
        <translation>Mit sanftem Ton</translation>
    </message>
    <message>
        <source>Play a quiet chime with this reminder</source>
        <translation>Bei dieser Erinnerung einen leisen Klang abspielen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add this reminder</source>
        <translation>Diese Erinnerung hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected reminder</source>
        <translation>Die gewählte Erinnerung entfernen</translation>
    </message>
    <message>
        <source>A new reminder: when, and a few words</source>
        <translation>Eine neue Erinnerung: wann, und ein paar Worte</translation>
    </message>
    <message>
        <source>Sounds also at night (21:00–08:00)</source>
        <translation>Töne auch nachts (21:00–08:00)</translation>
    </message>
    <message>
        <source>Unless this is on, reminders are silent at night</source>
        <translation>Ohne diese Einstellung sind Erinnerungen nachts stumm</translation>
    </message>
    <message>
        <source> (with a soft sound)</source>
        <translation> (mit sanftem Ton)</translation>
    </message>
</context>
<context>
    <name>ResponsePrompt</name>
    <message>
        <source>How did that land?</source>
        <translation>Wie war das für Sie?</translation>
    </message>
    <message>
        <source>Calmer</source>
        <translation>Ruhiger</translation>
    </message>
    <message>
        <source>The music helped: kept in History</source>
        <translation>Die Musik hat geholfen: im Verlauf gespeichert</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Keine Veränderung</translation>
    </message>
    <message>
        <source>Neither better nor worse: kept in History</source>
        <translation>Weder besser noch schlechter: im Verlauf gespeichert</translation>
    </message>
    <message>
        <source>Unsettled</source>
        <translation>Beunruhigt</translation>
    </message>
    <message>
        <source>It did not sit well: the track is marked in the playlist</source>
        <translation>Es hat nicht gutgetan: Der Titel wird in der Wiedergabeliste markiert</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Put the question away unanswered</source>
        <translation>Die Frage unbeantwortet beiseitelegen</translation>
    </message>
    <message>
        <source>How did “{0}” land?</source>
        <translation>Wie war „{0}“ für Sie?</translation>
    </message>
</context>
<context>
    <name>SafetyDialog</name>
    <message>
        <source>Comfort</source>
        <translation>Wohlfühlen</translation>
    </message>
    <message>
        <source>Breathe softly, not deeply. Let the breath be easy.</source>
        <translation>Atmen Sie sanft, nicht tief. Lassen Sie den Atem leicht sein.</translation>
    </message>
    <message>
        <source>Sit upright or propped up in bed; leaning forward a little can help.</source>
        <translation>Sitzen Sie aufrecht oder mit Kissen gestützt im Bett; sich etwas nach vorn zu lehnen, kann helfen.</translation>
    </message>
    <message>
        <source>A hand-held fan cooling your face can ease breathlessness.</source>
        <translation>Ein Handventilator, der Ihr Gesicht kühlt, kann Atemnot lindern.</translation>
    </message>
    <message>
        <source>If counting feels like a strain, hide the numbers and just follow the circle.</source>
        <translation>Wenn das Zählen anstrengt, blenden Sie die Zahlen aus und folgen Sie einfach dem Kreis.</translation>
    </message>
    <message>
        <source>Many people find that five minutes or more, most days, helps most. Any amount is fine.</source>
        <translation>Vielen Menschen hilft es am meisten, an den meisten Tagen fünf Minuten oder länger zu üben. Jede Zeit ist gut.</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Stop if you feel dizzy, tingling, or more breathless.</source>
        <translation>Hören Sie auf, wenn Ihnen schwindlig wird, es kribbelt oder die Atemnot zunimmt.</translation>
    </message>
    <message>
        <source>Breathe normally and rest.</source>
        <translation>Atmen Sie ganz normal und ruhen Sie sich aus.</translation>
    </message>
    <message>
        <source>Get urgent help if you cannot speak in three-word sentences.</source>
        <translation>Holen Sie sofort Hilfe, wenn Sie keine Sätze aus drei Wörtern mehr sprechen können.</translation>
    </message>
    <message>
        <source>This exercise is not a treatment for a sudden attack of breathlessness.</source>
        <translation>Diese Übung ist keine Behandlung bei einem plötzlichen Anfall von Atemnot.</translation>
    </message>
    <message>
        <source>Companion guides and records; it is not a replacement for your care team. Ask them before starting.</source>
        <translation>Companion begleitet und zeichnet auf; es ersetzt nicht Ihr Behandlungsteam. Fragen Sie dort nach, bevor Sie beginnen.</translation>
    </message>
    <message>
        <source>Comfort and safety — Companion</source>
        <translation>Wohlfühlen und Sicherheit – Companion</translation>
    </message>
    <message>
        <source>Comfort and safety</source>
        <translation>Wohlfühlen und Sicherheit</translation>
    </message>
    <message>
        <source>Comfort and safety guidance</source>
        <translation>Hinweise zum Wohlfühlen und zur Sicherheit</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close comfort and safety</source>
        <translation>Hinweise zum Wohlfühlen und zur Sicherheit schließen</translation>
    </message>
</context>
<context>
    <name>ScaleRow</name>
    <message>
        <source>{0}: {1} out of 10 (0 = {2}, 10 = {3})</source>
        <translation>{0}: {1} von 10 (0 = {2}, 10 = {3})</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
</context>
<context>
    <name>Scanning</name>
    <message>
        <source>Leave “{0}”</source>
        <translation>„{0}“ verlassen</translation>
    </message>
    <message>
        <source>Leave this group</source>
        <translation>Diese Gruppe verlassen</translation>
    </message>
    <message>
        <source>Scroll down a page</source>
        <translation>Eine Seite nach unten blättern</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Close this panel</source>
        <translation>Dieses Feld schließen</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>A day earlier</source>
        <translation>Einen Tag früher</translation>
    </message>
    <message>
        <source>A day later</source>
        <translation>Einen Tag später</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>Weniger</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>Less: {0}</source>
        <translation>Weniger: {0}</translation>
    </message>
    <message>
        <source>More: {0}</source>
        <translation>Mehr: {0}</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Type: {0}</source>
        <translation>Eingeben: {0}</translation>
    </message>
    <message>
        <source>So far: {0}</source>
        <translation>Bisher: {0}</translation>
    </message>
    <message>
        <source>Nothing typed yet</source>
        <translation>Noch nichts eingegeben</translation>
    </message>
    <message>
        <source>Type {0}</source>
        <translation>{0} eingeben</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <source>Type a space</source>
        <translation>Ein Leerzeichen eingeben</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the last letter</source>
        <translation>Den letzten Buchstaben löschen</translation>
    </message>
</context>
<context>
    <name>ScriptEditor</name>
    <message>
        <source>Write a script</source>
        <translation>Eine Geschichte schreiben</translation>
    </message>
    <message>
        <source>Start with a title, then a line with just ---, then the words to read. [pause 5] is five seconds of quiet; [breathe 3] is three slow breaths together. Change names and places to ones you love.</source>
        <translation>Beginnen Sie mit einem Titel, dann eine Zeile nur mit ---, dann die Worte zum Vorlesen. [pause 5] sind fünf Sekunden Stille; [breathe 3] sind drei langsame gemeinsame Atemzüge. Ersetzen Sie Namen und Orte durch solche, die Sie lieben.</translation>
    </message>
    <message>
        <source>Script text</source>
        <translation>Text der Geschichte</translation>
    </message>
    <message>
        <source>The script, one sentence after another</source>
        <translation>Die Geschichte, ein Satz nach dem anderen</translation>
    </message>
    <message>
        <source>Script check</source>
        <translation>Prüfung der Geschichte</translation>
    </message>
    <message>
        <source>Go to the line</source>
        <translation>Zur Zeile gehen</translation>
    </message>
    <message>
        <source>Show the line to fix</source>
        <translation>Die Zeile zeigen, die korrigiert werden muss</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Leave without saving (Esc)</source>
        <translation>Ohne Speichern verlassen (Esc)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Replace this text with a text file&apos;s</source>
        <translation>Diesen Text durch den einer Textdatei ersetzen</translation>
    </message>
    <message>
        <source>Preview this line</source>
        <translation>Diese Zeile probehören</translation>
    </message>
    <message>
        <source>Hear the sentence where the cursor is</source>
        <translation>Den Satz hören, in dem der Cursor steht</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Keep this script in your list</source>
        <translation>Diese Geschichte in Ihrer Liste behalten</translation>
    </message>
    <message>
        <source>Record in your voice</source>
        <translation>Mit Ihrer Stimme aufnehmen</translation>
    </message>
    <message>
        <source>A loved one reads this script aloud, line by line</source>
        <translation>Ein lieber Mensch liest diese Geschichte Zeile für Zeile vor</translation>
    </message>
    <message>
        <source>Line {0}: {1}</source>
        <translation>Zeile {0}: {1}</translation>
    </message>
    <message>
        <source>Ready to save: “{0}”, about {1} to read aloud.</source>
        <translation>Bereit zum Speichern: „{0}“, etwa {1} zum Vorlesen.</translation>
    </message>
    <message>
        <source>There is nothing to say on this line. Put the cursor on a sentence.</source>
        <translation>In dieser Zeile gibt es nichts zu sagen. Setzen Sie den Cursor auf einen Satz.</translation>
    </message>
    <message>
        <source>Preparing: “{0}”</source>
        <translation>Wird vorbereitet: „{0}“</translation>
    </message>
    <message>
        <source>Save the script first; then it can be recorded in your voice.</source>
        <translation>Speichern Sie die Geschichte zuerst; dann kann sie mit Ihrer Stimme aufgenommen werden.</translation>
    </message>
</context>
<context>
    <name>ScriptFiles</name>
    <message>
        <source>my copy</source>
        <translation>meine Kopie</translation>
    </message>
    <message>
        <source>Cannot read {0}: {1}</source>
        <translation>{0} kann nicht gelesen werden: {1}</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Nicht gespeichert: {0}</translation>
    </message>
</context>
<context>
    <name>ScriptHelp</name>
    <message>
        <source>If the text to read aloud starts here, put a line with just --- above it.</source>
        <translation>Wenn hier der Text zum Vorlesen beginnt, setzen Sie darüber eine Zeile nur mit ---.</translation>
    </message>
    <message>
        <source>The markers are [pause 5] (seconds of quiet) and [breathe 3] (slow breaths).</source>
        <translation>Die Marken sind [pause 5] (Sekunden Stille) und [breathe 3] (langsame Atemzüge).</translation>
    </message>
    <message>
        <source>A script starts with a header, for example &apos;title: Warm light&apos;, then a line with just --- and then the text to read aloud.</source>
        <translation>Ein Skript beginnt mit einem Kopf, zum Beispiel &apos;title: Warmes Licht&apos;, dann eine Zeile nur mit --- und danach der Text zum Vorlesen.</translation>
    </message>
    <message>
        <source>This line is not a header line such as &apos;pace: 140&apos;.</source>
        <translation>Diese Zeile ist keine Kopfzeile wie &apos;pace: 140&apos;.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a header name. Use title, description, minutes, pace or language.</source>
        <translation>&apos;{0}&apos; ist kein Name im Kopf. Verwenden Sie title, description, minutes, pace oder language.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is already set on line {1}; keep only one.</source>
        <translation>&apos;{0}&apos; steht schon in Zeile {1}; behalten Sie nur eine.</translation>
    </message>
    <message>
        <source>The header never ends. After the header lines, add a line with just --- and then write the text to read aloud.</source>
        <translation>Der Kopf endet nie. Fügen Sie nach den Kopfzeilen eine Zeile nur mit --- ein und schreiben Sie danach den Text zum Vorlesen.</translation>
    </message>
    <message>
        <source>The script has no title. Add a line such as &apos;title: Warm light&apos; above the --- line.</source>
        <translation>Das Skript hat keinen Titel. Fügen Sie über der Zeile --- eine Zeile wie &apos;title: Warmes Licht&apos; ein.</translation>
    </message>
    <message>
        <source>Write something after &apos;{0}:&apos;.</source>
        <translation>Schreiben Sie etwas hinter &apos;{0}:&apos;.</translation>
    </message>
    <message>
        <source>Write the length as a number of minutes from {0} to {1}, e.g. &apos;minutes: 5&apos;.</source>
        <translation>Schreiben Sie die Länge in Minuten, von {0} bis {1}, zum Beispiel &apos;minutes: 5&apos;.</translation>
    </message>
    <message>
        <source>Write the pace as a whole number of words per minute from {0} to {1}, e.g. &apos;pace: 140&apos; (slow and calm).</source>
        <translation>Schreiben Sie das Tempo als ganze Zahl von Wörtern pro Minute, von {0} bis {1}, zum Beispiel &apos;pace: 140&apos; (langsam und ruhig).</translation>
    </message>
    <message>
        <source>Write the language as a short tag, e.g. &apos;language: en&apos; or &apos;en-GB&apos;.</source>
        <translation>Schreiben Sie die Sprache als kurzes Kürzel, zum Beispiel &apos;language: de&apos; oder &apos;de-AT&apos;.</translation>
    </message>
    <message>
        <source>This line contains an invisible control character (U+{0}). Delete the line and type it again.</source>
        <translation>Diese Zeile enthält ein unsichtbares Steuerzeichen (U+{0}). Löschen Sie die Zeile und tippen Sie sie neu.</translation>
    </message>
    <message>
        <source>Square brackets are only for markers such as [pause 5], on a line of their own. Use round brackets ( ) inside the text.</source>
        <translation>Eckige Klammern sind nur für Marken wie [pause 5] gedacht, in einer eigenen Zeile. Im Text verwenden Sie runde Klammern ( ).</translation>
    </message>
    <message>
        <source>A marker such as [pause 5] goes on a line of its own, with no other text.</source>
        <translation>Eine Marke wie [pause 5] steht in einer eigenen Zeile, ohne anderen Text.</translation>
    </message>
    <message>
        <source>This marker is not complete.</source>
        <translation>Diese Marke ist nicht vollständig.</translation>
    </message>
    <message>
        <source>&apos;[{0}]&apos; is not a marker I know.</source>
        <translation>&apos;[{0}]&apos; ist keine Marke, die ich kenne.</translation>
    </message>
    <message>
        <source>Write a pause of {0} to {1} seconds, e.g. [pause 5]. For a longer quiet time, put several [pause 120] lines one after another.</source>
        <translation>Schreiben Sie eine Pause von {0} bis {1} Sekunden, zum Beispiel [pause 5]. Für eine längere Stille setzen Sie mehrere Zeilen [pause 120] nacheinander.</translation>
    </message>
    <message>
        <source>Write a whole number of breaths from {0} to {1}, e.g. [breathe 3].</source>
        <translation>Schreiben Sie eine ganze Zahl von Atemzügen, von {0} bis {1}, zum Beispiel [breathe 3].</translation>
    </message>
    <message>
        <source>There is no text to read aloud. Write a few sentences below the --- line.</source>
        <translation>Es gibt keinen Text zum Vorlesen. Schreiben Sie ein paar Sätze unter die Zeile ---.</translation>
    </message>
    <message>
        <source>This line has characters that are not UTF-8. Save the file as UTF-8 (in Notepad: Save As, then Encoding: UTF-8).</source>
        <translation>Diese Zeile enthält Zeichen, die kein UTF-8 sind. Speichern Sie die Datei als UTF-8 (im Editor: Speichern unter, dann Codierung: UTF-8).</translation>
    </message>
    <message>
        <source>{0}, line {1}: {2}</source>
        <translation>{0}, Zeile {1}: {2}</translation>
    </message>
    <message>
        <source>{0}: This file is too large to be a script.</source>
        <translation>{0}: Diese Datei ist zu groß für ein Skript.</translation>
    </message>
    <message>
        <source>{0}: another script already has this name.</source>
        <translation>{0}: Ein anderes Skript hat schon diesen Namen.</translation>
    </message>
</context>
<context>
    <name>ScriptRecording</name>
    <message>
        <source>Record in your own voice</source>
        <translation>Mit Ihrer eigenen Stimme aufnehmen</translation>
    </message>
    <message>
        <source>Choose a line, press Record and read it aloud, then press Stop. Hear it back, and record it again if you like. Lines you do not record are read by the chosen voice, so the script always plays whole.</source>
        <translation>Wählen Sie eine Zeile, drücken Sie „Aufnehmen“, lesen Sie sie laut vor und drücken Sie dann „Stopp“. Hören Sie sie an und nehmen Sie sie neu auf, wenn Sie möchten. Zeilen, die Sie nicht aufnehmen, liest die gewählte Stimme, sodass die Geschichte immer vollständig abgespielt wird.</translation>
    </message>
    <message>
        <source>Whose voice is this?</source>
        <translation>Wessen Stimme ist das?</translation>
    </message>
    <message>
        <source>A name, such as Anna or Grandad</source>
        <translation>Ein Name, zum Beispiel Anna oder Opa</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Each line of the script, recorded or not</source>
        <translation>Jede Zeile der Geschichte, aufgenommen oder nicht</translation>
    </message>
    <message>
        <source>The line to read</source>
        <translation>Die Zeile zum Vorlesen</translation>
    </message>
    <message>
        <source>Previous line</source>
        <translation>Vorige Zeile</translation>
    </message>
    <message>
        <source>The line before</source>
        <translation>Die Zeile davor</translation>
    </message>
    <message>
        <source>Next line</source>
        <translation>Nächste Zeile</translation>
    </message>
    <message>
        <source>The line after</source>
        <translation>Die Zeile danach</translation>
    </message>
    <message>
        <source>Save as audio files…</source>
        <translation>Als Audiodateien speichern…</translation>
    </message>
    <message>
        <source>Copy the recordings into a folder, to keep or share</source>
        <translation>Die Aufnahmen in einen Ordner kopieren, um sie aufzubewahren oder weiterzugeben</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Back to the scripts (Esc)</source>
        <translation>Zurück zu den Geschichten (Esc)</translation>
    </message>
    <message>
        <source>Record “{0}” in your own voice</source>
        <translation>„{0}“ mit Ihrer eigenen Stimme aufnehmen</translation>
    </message>
    <message>
        <source>recorded ({0:.1f} s)</source>
        <translation>aufgenommen ({0:.1f} s)</translation>
    </message>
    <message>
        <source>read by the voice</source>
        <translation>von der Stimme gelesen</translation>
    </message>
    <message numerus="yes">
        <source>%n of the lines recorded.</source>
        <translation>
            <numerusform>%n der Zeilen aufgenommen.</numerusform>
            <numerusform>%n der Zeilen aufgenommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The line to read: {0}</source>
        <translation>Die Zeile zum Vorlesen: {0}</translation>
    </message>
    <message>
        <source>Save the recordings in a folder</source>
        <translation>Die Aufnahmen in einem Ordner speichern</translation>
    </message>
    <message>
        <source>The recordings could not be saved there ({0}).</source>
        <translation>Die Aufnahmen konnten dort nicht gespeichert werden ({0}).</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n recording(s) in “{0}”.</source>
        <translation>
            <numerusform>%n Aufnahme in „{0}“ gespeichert.</numerusform>
            <numerusform>%n Aufnahmen in „{0}“ gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause or resume (Space)</source>
        <translation>Pausieren oder fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>End the session now (Esc)</source>
        <translation>Die Sitzung jetzt beenden (Esc)</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <source>Sessions, newest first</source>
        <translation>Sitzungen, die neuesten zuerst</translation>
    </message>
    <message>
        <source>Choose a session with the arrow keys to write a note on it or delete it</source>
        <translation>Wählen Sie eine Sitzung mit den Pfeiltasten, um eine Notiz dazu zu schreiben oder sie zu löschen</translation>
    </message>
</context>
<context>
    <name>SessionObserverRatings</name>
    <message>
        <source>Before: observed by a carer</source>
        <translation>Vorher: von einer pflegenden Person beobachtet</translation>
    </message>
    <message>
        <source>After: observed by a carer</source>
        <translation>Nachher: von einer pflegenden Person beobachtet</translation>
    </message>
    <message>
        <source>Rate as an observer</source>
        <translation>Als Beobachter bewerten</translation>
    </message>
    <message>
        <source>For when the patient cannot answer: a carer rates pain (PAINAD) and breathlessness; you can skip it</source>
        <translation>Für den Fall, dass die Patientin oder der Patient nicht antworten kann: Eine pflegende Person bewertet Schmerzen (PAINAD) und Atemnot; Sie können es überspringen</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Session complete</source>
        <translation>Sitzung beendet</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Sitzung abgebrochen</translation>
    </message>
    <message>
        <source>Time: {0}</source>
        <translation>Zeit: {0}</translation>
    </message>
    <message>
        <source>It is saved in History.</source>
        <translation>Sie ist im Verlauf gespeichert.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Back to the home screen (Esc)</source>
        <translation>Zurück zur Startseite (Esc)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start (Space)</source>
        <translation>Starten (Leertaste)</translation>
    </message>
    <message>
        <source>Choose another</source>
        <translation>Etwas anderes wählen</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Noch einmal</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>SessionRatings</name>
    <message>
        <source>Rate how I feel first</source>
        <translation>Zuerst bewerten, wie ich mich fühle</translation>
    </message>
    <message>
        <source>A quick 0 to 10 rating before the session; you can skip it</source>
        <translation>Eine kurze Bewertung von 0 bis 10 vor der Sitzung; Sie können sie überspringen</translation>
    </message>
    <message>
        <source>Before: how do you feel NOW?</source>
        <translation>Vorher: Wie fühlen Sie sich JETZT?</translation>
    </message>
    <message>
        <source>After: how do you feel NOW?</source>
        <translation>Nachher: Wie fühlen Sie sich JETZT?</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>As the computer ({0})</source>
        <translation>Wie der Computer ({0})</translation>
    </message>
    <message>
        <source>The words of every page, the spoken guidance and the report.</source>
        <translation>Die Worte jeder Seite, die gesprochene Anleitung und der Bericht.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Night (dim and warm)</source>
        <translation>Nacht (gedämpft und warm)</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <source>{0} %</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <source>Follow the computer</source>
        <translation>Wie am Computer eingestellt</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>Weniger Bewegung</translation>
    </message>
    <message>
        <source>Full motion</source>
        <translation>Volle Bewegung</translation>
    </message>
    <message>
        <source>How Companion looks</source>
        <translation>Wie Companion aussieht</translation>
    </message>
    <message>
        <source>Motion (the circle and the figures)</source>
        <translation>Bewegung (der Kreis und die Figuren)</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>My breathing patterns</source>
        <translation>Meine Atemmuster</translation>
    </message>
    <message>
        <source>Gentle reminders</source>
        <translation>Sanfte Erinnerungen</translation>
    </message>
    <message>
        <source>Write the breathlessness plan…</source>
        <translation>Plan für Atemnot schreiben…</translation>
    </message>
    <message>
        <source>The care team&apos;s words, shown as the last step of Breathless now</source>
        <translation>Die Worte des Behandlungsteams, als letzter Schritt von „Atemnot jetzt“ gezeigt</translation>
    </message>
    <message>
        <source>Breathlessness plan</source>
        <translation>Plan für Atemnot</translation>
    </message>
    <message>
        <source>Write it with the care team: when to use the medicine they prescribed for breathlessness, who to call, and when to call the emergency number.</source>
        <translation>Schreiben Sie ihn mit dem Behandlungsteam: wann das verordnete Medikament gegen Atemnot genommen wird, wen Sie anrufen und wann Sie den Notruf wählen.</translation>
    </message>
    <message>
        <source>One switch, a screen reader, a shaking hand</source>
        <translation>Ein Schalter, ein Bildschirmleser, eine zitternde Hand</translation>
    </message>
    <message>
        <source>A simple Home</source>
        <translation>Eine einfache Startseite</translation>
    </message>
    <message>
        <source>Voices</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>Breathing cues in a loved one&apos;s voice</source>
        <translation>Atemhinweise mit der Stimme eines lieben Menschen</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Back to the home screen (Esc)</source>
        <translation>Zurück zur Startseite (Esc)</translation>
    </message>
</context>
<context>
    <name>Sheet</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Type, then press Enter or {0}</source>
        <translation>Tippen Sie und drücken Sie dann die Eingabetaste oder „{0}“</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Breathe</source>
        <translation>Atmen</translation>
    </message>
    <message>
        <source>Start; pause or resume</source>
        <translation>Starten; pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Stop the session; or go home</source>
        <translation>Sitzung beenden; oder zur Startseite</translation>
    </message>
    <message>
        <source>Imagine</source>
        <translation>Fantasiereise</translation>
    </message>
    <message>
        <source>Play; pause or resume</source>
        <translation>Abspielen; pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Stop; leave the editor; or go home</source>
        <translation>Beenden; den Editor verlassen; oder zur Startseite</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Dehnen</translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation>Pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Stop the routine; or go home</source>
        <translation>Übungsfolge beenden; oder zur Startseite</translation>
    </message>
    <message>
        <source>Hand massage</source>
        <translation>Handmassage</translation>
    </message>
    <message>
        <source>Stop the guide; or go home</source>
        <translation>Anleitung beenden; oder zur Startseite</translation>
    </message>
    <message>
        <source>Breathless now</source>
        <translation>Atemnot jetzt</translation>
    </message>
    <message>
        <source>The next step</source>
        <translation>Der nächste Schritt</translation>
    </message>
    <message>
        <source>The step before</source>
        <translation>Der Schritt davor</translation>
    </message>
    <message>
        <source>Finish; or go back</source>
        <translation>Beenden; oder zurück</translation>
    </message>
    <message>
        <source>Breathlessness plan</source>
        <translation>Plan für Atemnot</translation>
    </message>
    <message>
        <source>Close the form</source>
        <translation>Formular schließen</translation>
    </message>
    <message>
        <source>Quiet time</source>
        <translation>Stille Zeit</translation>
    </message>
    <message>
        <source>End the quiet time; or go home</source>
        <translation>Stille Zeit beenden; oder zur Startseite</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Hören</translation>
    </message>
    <message>
        <source>Play, pause or resume the music</source>
        <translation>Musik abspielen, pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Go home (the music goes on)</source>
        <translation>Zur Startseite (die Musik läuft weiter)</translation>
    </message>
    <message>
        <source>Move the chosen track up</source>
        <translation>Den gewählten Titel nach oben verschieben</translation>
    </message>
    <message>
        <source>Move the chosen track down</source>
        <translation>Den gewählten Titel nach unten verschieben</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Go home</source>
        <translation>Zur Startseite</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Behandlungsplan</translation>
    </message>
    <message>
        <source>Rate as an observer</source>
        <translation>Als Beobachter bewerten</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <source>Skip the welcome</source>
        <translation>Die Begrüßung überspringen</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Open Help</source>
        <translation>Hilfe öffnen</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Go to the next control (Shift+Tab: back)</source>
        <translation>Zum nächsten Element (Umschalt+Tab: zurück)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabetaste</translation>
    </message>
    <message>
        <source>Press the button or tick the box with the ring</source>
        <translation>Die Schaltfläche oder das Kästchen mit dem Rahmen betätigen</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Other pages</source>
        <translation>Andere Seiten</translation>
    </message>
    <message>
        <source>Arrows</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <source>Choose within a group of options</source>
        <translation>Innerhalb einer Gruppe von Optionen wählen</translation>
    </message>
    <message>
        <source>Space or Enter</source>
        <translation>Leertaste oder Eingabetaste</translation>
    </message>
    <message>
        <source>One-switch scanning</source>
        <translation>Bedienung mit einem Schalter</translation>
    </message>
    <message>
        <source>Choose what the ring is on (in a session: pause or resume)</source>
        <translation>Wählen, worauf der Rahmen steht (in einer Sitzung: pausieren oder fortsetzen)</translation>
    </message>
    <message>
        <source>Hold Space or Enter</source>
        <translation>Leertaste oder Eingabetaste gedrückt halten</translation>
    </message>
    <message>
        <source>Go back; close a question; stop a session</source>
        <translation>Zurück; eine Frage schließen; eine Sitzung beenden</translation>
    </message>
</context>
<context>
    <name>SimpleHomeSettings</name>
    <message>
        <source>Show only the chosen tiles on Home</source>
        <translation>Nur die gewählten Kacheln auf der Startseite zeigen</translation>
    </message>
    <message>
        <source>Everything else stays one press away, behind More</source>
        <translation>Alles andere bleibt einen Druck entfernt, unter „Mehr“</translation>
    </message>
    <message>
        <source>The tiles (up to three), in this order:</source>
        <translation>Die Kacheln (bis zu drei), in dieser Reihenfolge:</translation>
    </message>
    <message>
        <source>Tiles on Home</source>
        <translation>Kacheln auf der Startseite</translation>
    </message>
    <message>
        <source>Show “{0}” on Home</source>
        <translation>„{0}“ auf der Startseite zeigen</translation>
    </message>
    <message>
        <source>Tile: {0}</source>
        <translation>Kachel: {0}</translation>
    </message>
    <message>
        <source>Three tiles at most: take one away first.</source>
        <translation>Höchstens drei Kacheln: Nehmen Sie zuerst eine weg.</translation>
    </message>
    <message>
        <source>Home keeps at least one tile.</source>
        <translation>Die Startseite behält mindestens eine Kachel.</translation>
    </message>
    <message>
        <source>Home shows: {0}</source>
        <translation>Die Startseite zeigt: {0}</translation>
    </message>
</context>
<context>
    <name>SpokenCues</name>
    <message>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>That is the end of the session. Rest for as long as you like.</source>
        <translation>Das ist das Ende der Sitzung. Ruhen Sie sich aus, so lange Sie möchten.</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <source>Less: {0}</source>
        <translation>Weniger: {0}</translation>
    </message>
    <message>
        <source>More: {0}</source>
        <translation>Mehr: {0}</translation>
    </message>
    <message>
        <source>Less {0}</source>
        <translation>{0}: weniger</translation>
    </message>
    <message>
        <source>More {0}</source>
        <translation>{0}: mehr</translation>
    </message>
</context>
<context>
    <name>StretchFigure</name>
    <message>
        <source>Movement picture</source>
        <translation>Bewegungsbild</translation>
    </message>
</context>
<context>
    <name>StretchPage</name>
    <message>
        <source>Move only as far as is comfortable; never into pain.</source>
        <translation>Bewegen Sie sich nur so weit, wie es angenehm ist; nie bis in den Schmerz.</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Noch einmal</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Was jetzt zu tun ist</translation>
    </message>
    <message>
        <source>Sound cues</source>
        <translation>Tonsignale</translation>
    </message>
    <message>
        <source>A soft sound as you move</source>
        <translation>Ein sanfter Ton, während Sie sich bewegen</translation>
    </message>
    <message>
        <source>Easier</source>
        <translation>Leichter</translation>
    </message>
    <message>
        <source>Show a gentler way to do this movement</source>
        <translation>Eine sanftere Art dieser Bewegung zeigen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Go on to the next movement</source>
        <translation>Weiter zur nächsten Bewegung</translation>
    </message>
    <message>
        <source>There is no routine or movement called “{0}”.</source>
        <translation>Es gibt keine Übungsfolge und keine Bewegung namens „{0}“.</translation>
    </message>
    <message>
        <source>“{0}” is not advised within the limits your care team set.</source>
        <translation>„{0}“ wird innerhalb der Grenzen, die Ihr Behandlungsteam gesetzt hat, nicht empfohlen.</translation>
    </message>
    <message>
        <source>Routine complete</source>
        <translation>Übungsfolge beendet</translation>
    </message>
    <message>
        <source>Routine stopped</source>
        <translation>Übungsfolge abgebrochen</translation>
    </message>
    <message>
        <source>{0}    Time: {1}</source>
        <translation>{0}    Zeit: {1}</translation>
    </message>
    <message>
        <source>Rest and breathe softly.</source>
        <translation>Ruhen Sie sich aus und atmen Sie sanft.</translation>
    </message>
    <message>
        <source>Stay there and breathe softly.</source>
        <translation>Bleiben Sie so und atmen Sie sanft.</translation>
    </message>
    <message>
        <source>Next: {0}</source>
        <translation>Als Nächstes: {0}</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} von {1}</translation>
    </message>
    <message>
        <source>Movement {0} of {1}</source>
        <translation>Bewegung {0} von {1}</translation>
    </message>
    <message>
        <source>Easier: {0}</source>
        <translation>Leichter: {0}</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
</context>
<context>
    <name>StretchSetup</name>
    <message>
        <source>Stretch</source>
        <translation>Dehnen</translation>
    </message>
    <message>
        <source>Small, gentle movements, seated or in bed, at the pace of your breath.</source>
        <translation>Kleine, sanfte Bewegungen, im Sitzen oder im Bett, im Takt Ihres Atems.</translation>
    </message>
    <message>
        <source>For carers</source>
        <translation>Für Angehörige</translation>
    </message>
    <message>
        <source>A gentle hand massage you can give, step by step, with a safety check first.</source>
        <translation>Eine sanfte Handmassage, die Sie geben können, Schritt für Schritt, mit einer Sicherheitsprüfung zuerst.</translation>
    </message>
    <message>
        <source>Gentle hand massage (10–15 min)</source>
        <translation>Sanfte Handmassage (10–15 Min.)</translation>
    </message>
    <message>
        <source>A guide for a family member or carer, with a safety check first</source>
        <translation>Eine Anleitung für Angehörige oder Pflegende, mit einer Sicherheitsprüfung zuerst</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Übungsfolgen</translation>
    </message>
    <message>
        <source>One movement</source>
        <translation>Eine Bewegung</translation>
    </message>
    <message>
        <source>Make my own routine…</source>
        <translation>Eigene Übungsfolge zusammenstellen…</translation>
    </message>
    <message>
        <source>Choose movements and keep them as a routine</source>
        <translation>Bewegungen auswählen und als Übungsfolge behalten</translation>
    </message>
    <message>
        <source>Make my own routine</source>
        <translation>Eigene Übungsfolge zusammenstellen</translation>
    </message>
    <message>
        <source>Tick the movements you want, in order:</source>
        <translation>Haken Sie die gewünschten Bewegungen der Reihe nach an:</translation>
    </message>
    <message>
        <source>A name, e.g. Morning hands</source>
        <translation>Ein Name, z. B. Hände am Morgen</translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation>Name der Übungsfolge</translation>
    </message>
    <message>
        <source>Save routine</source>
        <translation>Übungsfolge speichern</translation>
    </message>
    <message>
        <source>Keep this routine</source>
        <translation>Diese Übungsfolge behalten</translation>
    </message>
    <message>
        <source>Care plan…</source>
        <translation>Behandlungsplan…</translation>
    </message>
    <message>
        <source>The care team&apos;s limits are set in the care plan</source>
        <translation>Die Grenzen des Behandlungsteams werden im Behandlungsplan festgelegt</translation>
    </message>
    <message>
        <source>Limits from the care team: {0}.</source>
        <translation>Grenzen vom Behandlungsteam: {0}.</translation>
    </message>
    <message>
        <source>Loading the movements…</source>
        <translation>Die Bewegungen werden geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n movement(s) left out for your limits.</source>
        <translation>
            <numerusform>%n Bewegung wegen Ihrer Grenzen ausgelassen.</numerusform>
            <numerusform>%n Bewegungen wegen Ihrer Grenzen ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>(shortened)</source>
        <translation>(gekürzt)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Forget “{0}”</source>
        <translation>„{0}“ vergessen</translation>
    </message>
    <message>
        <source>Put “{0}” in the new routine: {1}</source>
        <translation>„{0}“ in die neue Übungsfolge aufnehmen: {1}</translation>
    </message>
    <message>
        <source>{0} — not advised by your care team</source>
        <translation>{0} – von Ihrem Behandlungsteam nicht empfohlen</translation>
    </message>
    <message>
        <source>Left out because of your limits: {0}</source>
        <translation>Wegen Ihrer Grenzen ausgelassen: {0}</translation>
    </message>
    <message>
        <source>Tick at least one movement first.</source>
        <translation>Haken Sie zuerst mindestens eine Bewegung an.</translation>
    </message>
    <message>
        <source>Give the routine a name first.</source>
        <translation>Geben Sie der Übungsfolge zuerst einen Namen.</translation>
    </message>
    <message>
        <source>It could not be saved: {0}.</source>
        <translation>Sie konnte nicht gespeichert werden: {0}.</translation>
    </message>
    <message>
        <source>Saved “{0}”.</source>
        <translation>„{0}“ gespeichert.</translation>
    </message>
</context>
<context>
    <name>StretchState</name>
    <message>
        <source>The movement guides could not be loaded ({0}). Everything else still works.</source>
        <translation>Die Bewegungsanleitungen konnten nicht geladen werden ({0}). Alles andere funktioniert weiter.</translation>
    </message>
    <message>
        <source>Your stretch settings could not be saved ({0}).</source>
        <translation>Ihre Einstellungen zum Dehnen konnten nicht gespeichert werden ({0}).</translation>
    </message>
    <message>
        <source>mixes seated and in-bed movements</source>
        <translation>mischt Bewegungen im Sitzen und im Bett</translation>
    </message>
    <message>
        <source>My own routine</source>
        <translation>Meine eigene Übungsfolge</translation>
    </message>
</context>
<context>
    <name>TapView</name>
    <message>
        <source>Start where you are</source>
        <translation>Bei mir beginnen</translation>
    </message>
    <message>
        <source>Breathe as you are now; there is no right speed. Tap the big button, or press Space, each time you begin to breathe in. Hold it down while you breathe in, if you like. Three or four breaths are enough.</source>
        <translation>Atmen Sie so, wie Sie gerade atmen; es gibt kein richtiges Tempo. Tippen Sie auf die große Taste oder drücken Sie die Leertaste, jedes Mal, wenn Sie einzuatmen beginnen. Wenn Sie möchten, halten Sie sie beim Einatmen gedrückt. Drei oder vier Atemzüge genügen.</translation>
    </message>
    <message>
        <source>Tap as you breathe in</source>
        <translation>Beim Einatmen tippen</translation>
    </message>
    <message>
        <source>Press as each in-breath begins (Space does the same)</source>
        <translation>Drücken, wenn ein Einatmen beginnt (die Leertaste tut dasselbe)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the set-up (Esc)</source>
        <translation>Zurück zur Einrichtung (Esc)</translation>
    </message>
    <message>
        <source>Start without tapping</source>
        <translation>Ohne Tippen starten</translation>
    </message>
    <message>
        <source>Start at the chosen pattern</source>
        <translation>Mit dem gewählten Muster starten</translation>
    </message>
    <message>
        <source>Start at {0} instead</source>
        <translation>Stattdessen mit {0} starten</translation>
    </message>
    <message>
        <source>Let us count again from this breath.</source>
        <translation>Zählen wir ab diesem Atemzug noch einmal.</translation>
    </message>
    <message>
        <source>Those breaths were quite different. Keep tapping as you breathe.</source>
        <translation>Diese Atemzüge waren recht unterschiedlich. Tippen Sie beim Atmen einfach weiter.</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <comment>taps so far, of the taps needed: 2 of 4</comment>
        <translation>{0} von {1}</translation>
    </message>
</context>
<context>
    <name>TrackList</name>
    <message>
        <source>Tracks</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Tracks to arrange</source>
        <translation>Titel zum Ordnen</translation>
    </message>
    <message>
        <source>The tracks of this playlist. Enter or a double click plays one.</source>
        <translation>Die Titel dieser Wiedergabeliste. Eingabetaste oder Doppelklick spielt einen ab.</translation>
    </message>
    <message>
        <source>Drag a track by its handle, or press Ctrl+Up and Ctrl+Down, to move it; drop music files or folders here to add them.</source>
        <translation>Ziehen Sie einen Titel an seinem Griff oder drücken Sie Strg+Pfeil nach oben und Strg+Pfeil nach unten, um ihn zu verschieben; legen Sie Musikdateien oder Ordner hier ab, um sie hinzuzufügen.</translation>
    </message>
    <message>
        <source>The tracks of this playlist</source>
        <translation>Die Titel dieser Wiedergabeliste</translation>
    </message>
    <message>
        <source>Left out: marked unsettled twice. “Also play tracks marked unsettled twice” in Edit playlist brings it back.</source>
        <translation>Ausgelassen: zweimal als beunruhigend markiert. „Auch Titel spielen, die zweimal als ‚beunruhigend‘ markiert wurden“ unter „Liste bearbeiten“ holt ihn zurück.</translation>
    </message>
    <message>
        <source>· missing or cannot play</source>
        <translation>· fehlt oder lässt sich nicht abspielen</translation>
    </message>
    <message>
        <source>· marked “unsettled” once</source>
        <translation>· einmal als „beunruhigend“ markiert</translation>
    </message>
    <message numerus="yes">
        <source>· marked “unsettled” %n times, left out</source>
        <translation>
            <numerusform>· %n-mal als „beunruhigend“ markiert, ausgelassen</numerusform>
            <numerusform>· %n-mal als „beunruhigend“ markiert, ausgelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>· marked “unsettled” %n times</source>
        <translation>
            <numerusform>· %n-mal als „beunruhigend“ markiert</numerusform>
            <numerusform>· %n-mal als „beunruhigend“ markiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoiceSettings</name>
    <message>
        <source>A natural voice reads English. The standard voices (espeak-ng) read every language, and speak whenever the natural voice cannot. You can add a Piper voice you have: its .onnx file, with its .onnx.json beside it.</source>
        <translation>Eine natürliche Stimme liest Englisch. Die Standardstimmen (espeak-ng) lesen jede Sprache und sprechen immer dann, wenn die natürliche Stimme es nicht kann. Sie können eine vorhandene Piper-Stimme hinzufügen: ihre .onnx-Datei, mit der .onnx.json-Datei daneben.</translation>
    </message>
    <message>
        <source>Show the voices of every language</source>
        <translation>Die Stimmen aller Sprachen zeigen</translation>
    </message>
    <message>
        <source>Otherwise only the voices for the language Companion speaks</source>
        <translation>Sonst nur die Stimmen für die Sprache, in der Companion spricht</translation>
    </message>
    <message>
        <source>Voices</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>Each voice with its engine, language and licence</source>
        <translation>Jede Stimme mit ihrer Sprachausgabe, Sprache und Lizenz</translation>
    </message>
    <message>
        <source>Voice status</source>
        <translation>Stimmstatus</translation>
    </message>
    <message>
        <source>Hear this voice</source>
        <translation>Diese Stimme anhören</translation>
    </message>
    <message>
        <source>Say a line with the chosen voice</source>
        <translation>Einen Satz mit der gewählten Stimme sprechen</translation>
    </message>
    <message>
        <source>Add a voice…</source>
        <translation>Stimme hinzufügen…</translation>
    </message>
    <message>
        <source>Add a Piper voice (.onnx and .onnx.json)</source>
        <translation>Eine Piper-Stimme hinzufügen (.onnx und .onnx.json)</translation>
    </message>
    <message>
        <source>Remove this voice</source>
        <translation>Diese Stimme entfernen</translation>
    </message>
    <message>
        <source>Delete a voice you added</source>
        <translation>Eine Stimme löschen, die Sie hinzugefügt haben</translation>
    </message>
    <message>
        <source>{0} — speaks when no voice is chosen</source>
        <translation>{0} – spricht, wenn keine Stimme gewählt ist</translation>
    </message>
    <message>
        <source>{0} — added by you</source>
        <translation>{0} – von Ihnen hinzugefügt</translation>
    </message>
    <message>
        <source>{0} · language {1} · licence: {2}</source>
        <translation>{0} · Sprache {1} · Lizenz: {2}</translation>
    </message>
    <message>
        <source>Breathe in gently, and let the breath go by itself.</source>
        <translation>Atmen Sie sanft ein, und lassen Sie den Atem von selbst gehen.</translation>
    </message>
    <message>
        <source>Preparing “{0}”…</source>
        <translation>„{0}“ wird vorbereitet…</translation>
    </message>
    <message>
        <source>Playing “{0}”.</source>
        <translation>„{0}“ wird abgespielt.</translation>
    </message>
    <message>
        <source>Add a Piper voice</source>
        <translation>Eine Piper-Stimme hinzufügen</translation>
    </message>
    <message>
        <source>Piper voices (*.onnx);;All files (*)</source>
        <translation>Piper-Stimmen (*.onnx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Checking “{0}”: loading it and saying a test line…</source>
        <translation>„{0}“ wird geprüft: Sie wird geladen und spricht einen Testsatz…</translation>
    </message>
    <message>
        <source>Added “{0}”. It is saying a test line; choose it in Imagine.</source>
        <translation>„{0}“ hinzugefügt. Sie spricht gerade einen Testsatz; wählen Sie sie unter „Fantasiereise“.</translation>
    </message>
    <message>
        <source>“{0}” was not added. {1}</source>
        <translation>„{0}“ wurde nicht hinzugefügt. {1}</translation>
    </message>
    <message>
        <source>Remove this voice?</source>
        <translation>Diese Stimme entfernen?</translation>
    </message>
    <message>
        <source>“{0}” will be deleted from Companion. Your own copy is not touched.</source>
        <translation>„{0}“ wird aus Companion gelöscht. Ihre eigene Kopie bleibt unberührt.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>“{0}” was removed.</source>
        <translation>„{0}“ wurde entfernt.</translation>
    </message>
    <message>
        <source>“{0}” could not be removed.</source>
        <translation>„{0}“ konnte nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>Voices</name>
    <message>
        <source>natural</source>
        <translation>natürlich</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Piper (natural)</source>
        <translation>Piper (natürlich)</translation>
    </message>
    <message>
        <source>espeak-ng (standard)</source>
        <translation>espeak-ng (Standard)</translation>
    </message>
    <message>
        <source>any language</source>
        <translation>jede Sprache</translation>
    </message>
    <message>
        <source>{0} ({1}, {2})</source>
        <translation>{0} ({1}, {2})</translation>
    </message>
    <message>
        <source>not stated (a voice you added)</source>
        <translation>nicht angegeben (eine von Ihnen hinzugefügte Stimme)</translation>
    </message>
    <message>
        <source>Default voice</source>
        <translation>Standardstimme</translation>
    </message>
    <message>
        <source>Default voice: {0}</source>
        <translation>Standardstimme: {0}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Companion</source>
        <translation>Willkommen bei Companion</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Was es ist</translation>
    </message>
    <message>
        <source>Companion offers slow, soft breathing with a circle and gentle sounds, calming sounds and your own music, spoken relaxation, gentle seated movements, and a hand-massage guide for carers. It keeps a private record of sessions that you can share with your care team if you wish.</source>
        <translation>Companion bietet langsames, sanftes Atmen mit einem Kreis und leisen Tönen, beruhigende Klänge und Ihre eigene Musik, gesprochene Entspannung, sanfte Bewegungen im Sitzen und eine Anleitung zur Handmassage für Angehörige. Es führt ein privates Protokoll der Sitzungen, das Sie mit Ihrem Behandlungsteam teilen können, wenn Sie möchten.</translation>
    </message>
    <message>
        <source>What it is not</source>
        <translation>Was es nicht ist</translation>
    </message>
    <message>
        <source>Companion does not diagnose or treat anything and is not a replacement for your care team. It is not for sudden or severe breathlessness: if you cannot speak in short sentences, get urgent help.</source>
        <translation>Companion stellt keine Diagnose, behandelt nichts und ersetzt nicht Ihr Behandlungsteam. Es ist nicht für plötzliche oder schwere Atemnot gedacht: Wenn Sie nicht in kurzen Sätzen sprechen können, holen Sie sofort Hilfe.</translation>
    </message>
    <message>
        <source>Ask your care team first</source>
        <translation>Fragen Sie zuerst Ihr Behandlungsteam</translation>
    </message>
    <message>
        <source>Please show Companion to your doctor, nurse or therapist before starting, especially the breathing and movement exercises and the hand massage.</source>
        <translation>Bitte zeigen Sie Companion Ihrer Ärztin, Ihrem Arzt, Ihrer Pflegekraft oder Ihrer Therapeutin bzw. Ihrem Therapeuten, bevor Sie beginnen, besonders die Atem- und Bewegungsübungen und die Handmassage.</translation>
    </message>
    <message>
        <source>Your data stays here</source>
        <translation>Ihre Daten bleiben hier</translation>
    </message>
    <message>
        <source>Everything stays on this computer, readable only by you. Nothing is sent anywhere. History and playlists: {0}. Settings: {1}.</source>
        <translation>Alles bleibt auf diesem Computer und ist nur für Sie lesbar. Nichts wird irgendwohin gesendet. Verlauf und Wiedergabelisten: {0}. Einstellungen: {1}.</translation>
    </message>
    <message>
        <source>Let&apos;s begin</source>
        <translation>Los geht’s</translation>
    </message>
    <message>
        <source>Go to the home screen (Enter)</source>
        <translation>Zur Startseite gehen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Skip the welcome (Esc)</source>
        <translation>Die Begrüßung überspringen (Esc)</translation>
    </message>
</context>
<context>
    <name>WhoRow</name>
    <message>
        <source>Patient</source>
        <translation>Patient/in</translation>
    </message>
    <message>
        <source>Family caregiver</source>
        <translation>Pflegende Angehörige</translation>
    </message>
    <message>
        <source>Professional caregiver</source>
        <translation>Pflegefachkraft</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Beantwortet von</translation>
    </message>
    <message>
        <source>Who gave these answers</source>
        <translation>Wer diese Antworten gegeben hat</translation>
    </message>
</context>
</TS>
