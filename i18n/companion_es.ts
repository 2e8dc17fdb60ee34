<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AccessSettings</name>
    <message>
        <source>{0} s</source>
        <translation>{0} s</translation>
    </message>
    <message>
        <source>One-switch scanning</source>
        <translation>Barrido con un solo pulsador</translation>
    </message>
    <message>
        <source>A ring moves from control to control; press Space or Enter (or a switch) to choose, hold it to go back</source>
        <translation>Un anillo pasa de un control a otro; pulse Espacio o Intro (o un pulsador) para elegir, y manténgalo pulsado para volver</translation>
    </message>
    <message>
        <source>A press chooses what the ring is on. Hold the switch to go back, to close a question or to stop a session. While a session runs the ring rests on Pause.</source>
        <translation>Una pulsación elige lo que marca el anillo. Mantenga pulsado el pulsador para volver, para cerrar una pregunta o para detener una sesión. Durante una sesión, el anillo se queda en Pausa.</translation>
    </message>
    <message>
        <source>How long the ring stays on each control</source>
        <translation>Cuánto tiempo se queda el anillo en cada control</translation>
    </message>
    <message>
        <source>Scanning speed</source>
        <translation>Velocidad del barrido</translation>
    </message>
    <message>
        <source>Say each control&apos;s name as the ring reaches it</source>
        <translation>Decir el nombre de cada control cuando el anillo llega a él</translation>
    </message>
    <message>
        <source>Uses Companion&apos;s voice, quietly, like the spoken cues</source>
        <translation>Usa la voz de Companion, en voz baja, como las indicaciones habladas</translation>
    </message>
    <message>
        <source>A second press of the same button this soon counts once (for tremor)</source>
        <translation>Una segunda pulsación del mismo botón tan seguida cuenta como una sola (para el temblor)</translation>
    </message>
    <message>
        <source>Ignore a repeated press within</source>
        <translation>Ignorar una pulsación repetida en menos de</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Screen reader: also announce what the sound already says</source>
        <translation>Lector de pantalla: anunciar también lo que ya dice el sonido</translation>
    </message>
    <message>
        <source>Off: breathing phases are not announced while the sound cues mark them, and Imagine&apos;s words not while the voice reads them</source>
        <translation>Desactivado: las fases de la respiración no se anuncian mientras las marcan los sonidos, ni las palabras de Imaginar mientras las lee la voz</translation>
    </message>
</context>
<context>
    <name>ActivityCharts</name>
    <message>
        <source>Sessions per day</source>
        <translation>Sesiones por día</translation>
    </message>
    <message>
        <source>The number in a day is how many sessions it had; the more, the darker. Empty days are fine.</source>
        <translation>El número de cada día es cuántas sesiones tuvo; cuantas más, más oscuro. Los días vacíos están bien.</translation>
    </message>
    <message>
        <source>Time per activity</source>
        <translation>Tiempo por actividad</translation>
    </message>
    <message>
        <source>Each bar is the time spent on one activity; its figures are beside it.</source>
        <translation>Cada barra es el tiempo dedicado a una actividad; sus cifras están al lado.</translation>
    </message>
    <message>
        <source>No sessions in this period.</source>
        <translation>No hay sesiones en este periodo.</translation>
    </message>
    <message>
        <source>Sessions per day, the last 8 weeks</source>
        <translation>Sesiones por día, las últimas 8 semanas</translation>
    </message>
    <message>
        <source>{0} on the days shown; at most {1} on one day.</source>
        <translation>{0} en los días que se muestran; como mucho {1} en un día.</translation>
    </message>
</context>
<context>
    <name>AppState</name>
    <message>
        <source>Your settings could not be saved ({0}).</source>
        <translation>No se pudieron guardar sus ajustes ({0}).</translation>
    </message>
</context>
<context>
    <name>BreathCircle</name>
    <message>
        <source>Breathing circle</source>
        <translation>Círculo de respiración</translation>
    </message>
    <message>
        <source>Grows as you breathe in and shrinks as you breathe out.</source>
        <translation>Crece al tomar aire y se encoge al soltarlo.</translation>
    </message>
</context>
<context>
    <name>BreathingPage</name>
    <message>
        <source>Start the breathing session (Space)</source>
        <translation>Empezar la sesión de respiración (Espacio)</translation>
    </message>
    <message>
        <source>Breathe again</source>
        <translation>Respirar otra vez</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Breathe softly, not deeply.</source>
        <translation>Respire con suavidad, no hondo.</translation>
    </message>
    <message>
        <source>Breathing phase</source>
        <translation>Fase de la respiración</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <source>Sound cues</source>
        <translation>Sonidos de guía</translation>
    </message>
    <message>
        <source>Cue volume</source>
        <translation>Volumen de los sonidos</translation>
    </message>
    <message>
        <source>How loud the breathing sounds are</source>
        <translation>Qué volumen tienen los sonidos de la respiración</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Music follows my breath</source>
        <translation>La música sigue mi respiración</translation>
    </message>
    <message>
        <source>When music is playing, it rises a little as you breathe in and softens as you breathe out</source>
        <translation>Si suena música, sube un poco al tomar aire y baja al soltarlo</translation>
    </message>
    <message>
        <source>Comfort &amp;&amp; safety</source>
        <translation>Comodidad &amp;&amp; seguridad</translation>
    </message>
    <message>
        <source>Tips for comfort and when to stop</source>
        <translation>Consejos de comodidad y cuándo parar</translation>
    </message>
    <message>
        <source>Stop and choose another pattern or length</source>
        <translation>Parar y elegir otro patrón u otra duración</translation>
    </message>
    <message>
        <source>Stay at this pace</source>
        <translation>Quedarme en este ritmo</translation>
    </message>
    <message>
        <source>Keep breathing at the pace of this breath; it leads no further</source>
        <translation>Seguir respirando al ritmo de esta respiración; no lleva más allá</translation>
    </message>
    <message>
        <source>{0} left</source>
        <translation>Quedan {0}</translation>
    </message>
    <message>
        <source>Time: {0}    Full breaths: {1}</source>
        <translation>Tiempo: {0}    Respiraciones completas: {1}</translation>
    </message>
    <message>
        <source>Your pace: started at {0}, ended at {1}</source>
        <translation>Su ritmo: empezó en {0} y terminó en {1}</translation>
    </message>
    <message>
        <source>Staying at your pace, {0}</source>
        <translation>Manteniendo su ritmo, {0}</translation>
    </message>
    <message>
        <source>Staying at your pace</source>
        <translation>Manteniendo su ritmo</translation>
    </message>
    <message>
        <source>At {0} now</source>
        <translation>Ahora en {0}</translation>
    </message>
    <message>
        <source>Your pace {0}, slowly toward {1}</source>
        <translation>Su ritmo {0}, poco a poco hacia {1}</translation>
    </message>
    <message>
        <source>Slowly leading from your own pace</source>
        <translation>Guiando poco a poco desde su propio ritmo</translation>
    </message>
    <message>
        <source>When it feels right, some people like longer sessions of five minutes or more.</source>
        <translation>Cuando le parezca bien, a algunas personas les gustan sesiones más largas, de cinco minutos o más.</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Tome aire</translation>
    </message>
    <message>
        <source>Hold gently</source>
        <translation>Retenga con suavidad</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Suelte el aire</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descanse</translation>
    </message>
    <message>
        <source>Lips softly pursed, as if blowing out a candle.</source>
        <translation>Labios suavemente fruncidos, como si apagara una vela.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
</context>
<context>
    <name>BreathingSetup</name>
    <message>
        <source>Breathe</source>
        <translation>Respirar</translation>
    </message>
    <message>
        <source>Breathe softly, not deeply. Follow the circle, or close your eyes and follow the sounds.</source>
        <translation>Respire con suavidad, no hondo. Siga el círculo, o cierre los ojos y siga los sonidos.</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Patrón</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>As long as I like</source>
        <translation>El tiempo que quiera</translation>
    </message>
    <message>
        <source>Start where you are: tap my own breathing first</source>
        <translation>Empezar desde mi ritmo: marcar primero cómo respiro</translation>
    </message>
    <message>
        <source>The circle starts at your own pace and leads it slowly, by small steps, toward the pattern</source>
        <translation>El círculo empieza a su propio ritmo y lo guía despacio, a pasos pequeños, hacia el patrón</translation>
    </message>
    <message>
        <source>The circle starts at your own pace, then lengthens the out-breath a little at a time, never faster than you can follow.</source>
        <translation>El círculo empieza a su propio ritmo y luego alarga un poco cada vez la salida del aire, nunca más rápido de lo que usted pueda seguir.</translation>
    </message>
    <message>
        <source>Soft sound at each breath (for closed eyes)</source>
        <translation>Un sonido suave en cada respiración (para los ojos cerrados)</translation>
    </message>
    <message>
        <source>Spoken cues: “breathe in”, “breathe out”</source>
        <translation>Indicaciones habladas: “tome aire”, “suelte el aire”</translation>
    </message>
    <message>
        <source>Show counting numbers</source>
        <translation>Mostrar los números de la cuenta</translation>
    </message>
    <message>
        <source>Pursed-lip reminder on the out-breath</source>
        <translation>Recordatorio de labios fruncidos al soltar el aire</translation>
    </message>
    <message>
        <source>Comfort &amp;&amp; safety</source>
        <translation>Comodidad &amp;&amp; seguridad</translation>
    </message>
    <message>
        <source>Tips for comfort and when to stop</source>
        <translation>Consejos de comodidad y cuándo parar</translation>
    </message>
</context>
<context>
    <name>Breathless</name>
    <message>
        <source>Only me</source>
        <translation>Solo yo</translation>
    </message>
    <message>
        <source>Family or a friend</source>
        <translation>Un familiar o un amigo</translation>
    </message>
    <message>
        <source>A carer or nurse</source>
        <translation>Un cuidador o una enfermera</translation>
    </message>
    <message>
        <source>Who was there (press again to clear)</source>
        <translation>Quién estaba (pulse otra vez para borrar)</translation>
    </message>
    <message>
        <source>Rest now, for as long as you need</source>
        <translation>Descanse ahora, todo el tiempo que necesite</translation>
    </message>
    <message>
        <source>Later, if you like, a few words for the record. Leave any of it.</source>
        <translation>Luego, si quiere, unas palabras para el registro. Puede dejar cualquier cosa sin rellenar.</translation>
    </message>
    <message>
        <source>How breathless was it as it began?</source>
        <translation>¿Cuánto le faltaba el aire al empezar?</translation>
    </message>
    <message>
        <source>How breathless is it now?</source>
        <translation>¿Cuánto le falta el aire ahora?</translation>
    </message>
    <message>
        <source>Who was there?</source>
        <translation>¿Quién estaba?</translation>
    </message>
    <message>
        <source>A note</source>
        <translation>Una nota</translation>
    </message>
    <message>
        <source>What helped, what set it off, anything for the care team</source>
        <translation>Qué le ayudó, qué lo provocó, algo para el equipo de cuidados</translation>
    </message>
    <message>
        <source>Do not keep this</source>
        <translation>No guardar esto</translation>
    </message>
    <message>
        <source>Remove this episode from History (it asks first)</source>
        <translation>Quitar este episodio del Historial (antes se lo pregunta)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Keep what is written and go to the home screen (Esc)</source>
        <translation>Guardar lo escrito e ir a la pantalla de inicio (Esc)</translation>
    </message>
    <message>
        <source>It lasted {0}. It is kept in History.</source>
        <translation>Duró {0}. Queda guardado en el Historial.</translation>
    </message>
    <message>
        <source>It lasted {0}.</source>
        <translation>Duró {0}.</translation>
    </message>
    <message>
        <source>Breathless now</source>
        <translation>Me falta el aire</translation>
    </message>
    <message>
        <source>When to get urgent help</source>
        <translation>Cuándo pedir ayuda urgente</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>The step before (←)</source>
        <translation>El paso anterior (←)</translation>
    </message>
    <message>
        <source>For the carer</source>
        <translation>Para quien cuida</translation>
    </message>
    <message>
        <source>What the person helping can do and say</source>
        <translation>Lo que puede hacer y decir la persona que ayuda</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>El plan</translation>
    </message>
    <message>
        <source>The care team&apos;s plan: medicine, who to call, when to call</source>
        <translation>El plan del equipo de cuidados: medicación, a quién llamar, cuándo llamar</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>End here, and rest; note how it went if you like (Esc)</source>
        <translation>Terminar aquí y descansar; si quiere, anote cómo fue (Esc)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>The next step (Space or →)</source>
        <translation>El paso siguiente (Espacio o →)</translation>
    </message>
    <message>
        <source>For the person helping</source>
        <translation>Para la persona que ayuda</translation>
    </message>
    <message>
        <source>What you can say, softly, the same each time:</source>
        <translation>Lo que puede decir, en voz baja, siempre igual:</translation>
    </message>
    <message>
        <source>Breathe out slowly.</source>
        <translation>Suelte el aire despacio.</translation>
    </message>
    <message>
        <source>Back to the steps</source>
        <translation>Volver a los pasos</translation>
    </message>
    <message>
        <source>The step you were on (Esc)</source>
        <translation>El paso en el que estaba (Esc)</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} de {1}</translation>
    </message>
    <message>
        <source>End here, and rest (Space)</source>
        <translation>Terminar aquí y descansar (Espacio)</translation>
    </message>
    <message>
        <source>Remove this episode from History?</source>
        <translation>¿Quitar este episodio del Historial?</translation>
    </message>
    <message>
        <source>It will not be kept anywhere. This cannot be undone.</source>
        <translation>No se guardará en ningún sitio. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>Quitarlo</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <source>Your plan from the care team</source>
        <translation>Su plan del equipo de cuidados</translation>
    </message>
    <message>
        <source>There is no plan here yet. Ask your care team for a breathlessness action plan, and write it here with them.</source>
        <translation>Aquí aún no hay ningún plan. Pida a su equipo de cuidados un plan de actuación para la falta de aire y escríbalo aquí con ellos.</translation>
    </message>
    <message>
        <source>Your medicine for breathlessness</source>
        <translation>Su medicación para la falta de aire</translation>
    </message>
    <message>
        <source>Who to call</source>
        <translation>A quién llamar</translation>
    </message>
    <message>
        <source>When to call the emergency number</source>
        <translation>Cuándo llamar al número de emergencias</translation>
    </message>
    <message>
        <source>Write the plan</source>
        <translation>Escribir el plan</translation>
    </message>
    <message>
        <source>The care team&apos;s words: medicine, who to call, when to call</source>
        <translation>Las palabras del equipo de cuidados: medicación, a quién llamar, cuándo llamar</translation>
    </message>
    <message>
        <source>Written on {1} with {0}.</source>
        <translation>Escrito el {1} con {0}.</translation>
    </message>
    <message>
        <source>Written on {0}.</source>
        <translation>Escrito el {0}.</translation>
    </message>
    <message>
        <source>Change the plan</source>
        <translation>Cambiar el plan</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicación</translation>
    </message>
    <message>
        <source>The emergency number</source>
        <translation>El número de emergencias</translation>
    </message>
    <message>
        <source>Written with</source>
        <translation>Escrito con</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>The breathlessness plan</source>
        <translation>El plan para la falta de aire</translation>
    </message>
    <message>
        <source>For the care team to write, or a carer with them, in their own words. It is shown as the last step of Breathless now.</source>
        <translation>Para que lo escriba el equipo de cuidados, o un cuidador junto con ellos, con sus propias palabras. Se muestra como último paso de “Me falta el aire”.</translation>
    </message>
    <message>
        <source>When to use the medicine prescribed for breathlessness</source>
        <translation>Cuándo usar la medicación indicada para la falta de aire</translation>
    </message>
    <message>
        <source>Which medicine, how much and when, as the care team said</source>
        <translation>Qué medicación, cuánta y cuándo, tal como dijo el equipo de cuidados</translation>
    </message>
    <message>
        <source>Who to call, and their numbers</source>
        <translation>A quién llamar, y sus números</translation>
    </message>
    <message>
        <source>Who to call {0}</source>
        <translation>A quién llamar {0}</translation>
    </message>
    <message>
        <source>A name or a role, such as the district nurses</source>
        <translation>Un nombre o un cargo, por ejemplo, las enfermeras de atención domiciliaria</translation>
    </message>
    <message>
        <source>Their number {0}</source>
        <translation>Su número {0}</translation>
    </message>
    <message>
        <source>A telephone number</source>
        <translation>Un número de teléfono</translation>
    </message>
    <message>
        <source>The signs the care team named</source>
        <translation>Las señales que indicó el equipo de cuidados</translation>
    </message>
    <message>
        <source>The emergency number (such as 999, 112 or 911)</source>
        <translation>El número de emergencias (por ejemplo, 112, 911 o 999)</translation>
    </message>
    <message>
        <source>The number to call in an emergency</source>
        <translation>El número al que llamar en una emergencia</translation>
    </message>
    <message>
        <source>Written with (a name or a role)</source>
        <translation>Escrito con (un nombre o un cargo)</translation>
    </message>
    <message>
        <source>Who in the care team wrote it with you</source>
        <translation>Quién del equipo de cuidados lo escribió con usted</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close the form without saving</source>
        <translation>Cerrar el formulario sin guardar</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>Guardar el plan</translation>
    </message>
    <message>
        <source>“{0}” is not a telephone number.</source>
        <translation>“{0}” no es un número de teléfono.</translation>
    </message>
    <message>
        <source>{0} is too long.</source>
        <translation>{0} es demasiado largo.</translation>
    </message>
    <message>
        <source>The plan could not be saved on this computer ({0}). What you typed is still here.</source>
        <translation>No se pudo guardar el plan en este equipo ({0}). Lo que escribió sigue aquí.</translation>
    </message>
    <message>
        <source>The breathlessness plan is saved. It is the last step of Breathless now.</source>
        <translation>El plan para la falta de aire está guardado. Es el último paso de “Me falta el aire”.</translation>
    </message>
    <message>
        <source>Play the sound as I breathe out</source>
        <translation>Poner el sonido al soltar el aire</translation>
    </message>
    <message>
        <source>Press as you begin to breathe out: a long soft sound falls with your breath</source>
        <translation>Pulse al empezar a soltar el aire: un sonido largo y suave baja con su respiración</translation>
    </message>
    <message>
        <source>Sit and lean forward, arms on your knees or a table</source>
        <translation>Siéntese y échese hacia delante, con los brazos sobre las rodillas o una mesa</translation>
    </message>
    <message>
        <source>Stand and lean forward on a wall or a rail</source>
        <translation>De pie, échese hacia delante y apóyese en una pared o una barandilla</translation>
    </message>
    <message>
        <source>Lie on your side, propped up on pillows</source>
        <translation>Túmbese de lado, con almohadas debajo para elevar el tronco</translation>
    </message>
    <message>
        <source>A hand-held fan held near the face, its air on the nose and mouth</source>
        <translation>Un abanico de mano cerca de la cara, con el aire hacia la nariz y la boca</translation>
    </message>
    <message>
        <source>A face breathing out through softly rounded lips</source>
        <translation>Una cara que suelta el aire con los labios suavemente redondeados</translation>
    </message>
    <message>
        <source>An open hand, its fingers numbered one to five</source>
        <translation>Una mano abierta, con los dedos numerados del uno al cinco</translation>
    </message>
    <message>
        <source>A person sitting back at rest, eyes closed, shoulders low</source>
        <translation>Una persona sentada, recostada y en reposo, con los ojos cerrados y los hombros bajos</translation>
    </message>
    <message>
        <source>Thumb: notice it, and stop.</source>
        <translation>Pulgar: dese cuenta de lo que pasa, y pare.</translation>
    </message>
    <message>
        <source>First finger: sigh out, let your shoulders drop.</source>
        <translation>Índice: suelte un suspiro, deje caer los hombros.</translation>
    </message>
    <message>
        <source>Middle finger: let the breath come in, gently.</source>
        <translation>Corazón: deje que el aire entre, con suavidad.</translation>
    </message>
    <message>
        <source>Ring finger: breathe out slowly, a little longer.</source>
        <translation>Anular: suelte el aire despacio, un poco más largo.</translation>
    </message>
    <message>
        <source>Little finger: stretch your fingers, then let them rest.</source>
        <translation>Meñique: estire los dedos y luego déjelos descansar.</translation>
    </message>
    <message>
        <source>Breathe out slowly…</source>
        <translation>Suelte el aire despacio…</translation>
    </message>
    <message>
        <source>Longer…</source>
        <translation>Más largo…</translation>
    </message>
    <message>
        <source>Slower…</source>
        <translation>Más despacio…</translation>
    </message>
    <message>
        <source>Let the in-breath come by itself.</source>
        <translation>Deje que el aire entre solo.</translation>
    </message>
    <message>
        <source>Take your time.</source>
        <translation>Tómese su tiempo.</translation>
    </message>
    <message>
        <source>This feeling usually settles.</source>
        <translation>Esta sensación suele pasar.</translation>
    </message>
    <message>
        <source>Breathe out slowly, and rest.</source>
        <translation>Suelte el aire despacio y descanse.</translation>
    </message>
    <message>
        <source>Find a position that helps</source>
        <translation>Busque una postura que le ayude</translation>
    </message>
    <message>
        <source>Let your shoulders drop.</source>
        <translation>Deje caer los hombros.</translation>
    </message>
    <message>
        <source>Find a position that helps. Let your shoulders drop.</source>
        <translation>Busque una postura que le ayude. Deje caer los hombros.</translation>
    </message>
    <message>
        <source>Turn on the fan</source>
        <translation>Encienda el ventilador</translation>
    </message>
    <message>
        <source>Let it blow on your face, on your nose and mouth.</source>
        <translation>Deje que le dé en la cara, en la nariz y la boca.</translation>
    </message>
    <message>
        <source>No fan? Open a window a little.</source>
        <translation>¿No tiene ventilador? Abra un poco una ventana.</translation>
    </message>
    <message>
        <source>Turn on the fan. Let it blow on your face.</source>
        <translation>Encienda el ventilador. Deje que le dé en la cara.</translation>
    </message>
    <message>
        <source>Breathe out, longer</source>
        <translation>Suelte el aire, más largo</translation>
    </message>
    <message>
        <source>Follow the soft falling sound with your out-breath.</source>
        <translation>Siga el sonido suave que baja mientras suelta el aire.</translation>
    </message>
    <message>
        <source>Lips softly rounded, if that helps.</source>
        <translation>Con los labios suavemente redondeados, si le ayuda.</translation>
    </message>
    <message>
        <source>The calming hand</source>
        <translation>La mano que calma</translation>
    </message>
    <message>
        <source>Go round again if you need to.</source>
        <translation>Si lo necesita, vuelva a empezar.</translation>
    </message>
    <message>
        <source>The calming hand. Hold your thumb, and stop.</source>
        <translation>La mano que calma. Agárrese el pulgar, y pare.</translation>
    </message>
    <message>
        <source>Take your time</source>
        <translation>Tómese su tiempo</translation>
    </message>
    <message>
        <source>When it eases, stay still a while before you move.</source>
        <translation>Cuando se alivie, espere un rato antes de moverse.</translation>
    </message>
    <message>
        <source>Your plan from the care team.</source>
        <translation>Su plan del equipo de cuidados.</translation>
    </message>
    <message>
        <source>Stay calm, and stay close. Your calm helps.</source>
        <translation>Mantenga la calma y quédese cerca. Su calma ayuda.</translation>
    </message>
    <message>
        <source>Speak little. Ask questions they can answer with yes, no or a nod.</source>
        <translation>Hable poco. Haga preguntas que se puedan responder con sí, no o un gesto.</translation>
    </message>
    <message>
        <source>Let them recover before you talk about it.</source>
        <translation>Deje que se recupere antes de hablar de ello.</translation>
    </message>
    <message>
        <source>Cool air helps: the fan on their face, or open a window.</source>
        <translation>El aire fresco ayuda: el ventilador hacia su cara, o abra una ventana.</translation>
    </message>
    <message>
        <source>Give them room: do not crowd them.</source>
        <translation>Déjele espacio: no se amontonen a su alrededor.</translation>
    </message>
    <message>
        <source>Help them into a position that eases their breathing.</source>
        <translation>Ayúdele a ponerse en una postura que le alivie la respiración.</translation>
    </message>
    <message>
        <source>Follow the plan from their care team.</source>
        <translation>Siga el plan de su equipo de cuidados.</translation>
    </message>
    <message>
        <source>Call {0} now</source>
        <translation>Llame al {0} ahora</translation>
    </message>
    <message>
        <source>Call the emergency number now</source>
        <translation>Llame ahora al número de emergencias</translation>
    </message>
    <message>
        <source>{0} if you cannot speak, your lips or face turn blue or grey, you have chest pain, or this is new or much worse than usual.</source>
        <translation>{0} si no puede hablar, se le ponen los labios o la cara azules o grises, tiene dolor en el pecho, o esto es nuevo o mucho peor de lo habitual.</translation>
    </message>
    <message>
        <source>Companion guides you through these steps and shows the plan your care team wrote. It does not replace them or their advice.</source>
        <translation>Companion le guía en estos pasos y le muestra el plan que escribió su equipo de cuidados. No los sustituye a ellos ni a sus consejos.</translation>
    </message>
</context>
<context>
    <name>CarePlan</name>
    <message>
        <source>No limits</source>
        <translation>Sin límites</translation>
    </message>
    <message>
        <source>No neck movements</source>
        <translation>Sin movimientos de cuello</translation>
    </message>
    <message>
        <source>No back movements</source>
        <translation>Sin movimientos de espalda</translation>
    </message>
    <message>
        <source>Arms and hands only</source>
        <translation>Solo brazos y manos</translation>
    </message>
    <message>
        <source>Legs and feet only</source>
        <translation>Solo piernas y pies</translation>
    </message>
    <message>
        <source>Paced breathing</source>
        <translation>Respiración guiada</translation>
    </message>
    <message>
        <source>Guided imagery</source>
        <translation>Imaginación guiada</translation>
    </message>
    <message>
        <source>Gentle stretches</source>
        <translation>Estiramientos suaves</translation>
    </message>
    <message>
        <source>Hand massage</source>
        <translation>Masaje de manos</translation>
    </message>
    <message>
        <source>Calming music</source>
        <translation>Música tranquila</translation>
    </message>
    <message>
        <source>low platelets or easy bruising</source>
        <translation>plaquetas bajas o moratones con facilidad</translation>
    </message>
    <message>
        <source>fragile bones or bone metastases</source>
        <translation>huesos frágiles o metástasis óseas</translation>
    </message>
    <message>
        <source>a swollen arm or lymphoedema</source>
        <translation>un brazo hinchado o linfedema</translation>
    </message>
    <message>
        <source>a possible blood clot</source>
        <translation>un posible coágulo de sangre</translation>
    </message>
    <message>
        <source>broken skin</source>
        <translation>piel dañada</translation>
    </message>
    <message>
        <source>recent surgery or radiotherapy</source>
        <translation>operación o radioterapia recientes</translation>
    </message>
    <message>
        <source>a drip or line in the arm</source>
        <translation>un gotero o una vía en el brazo</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>not sure</source>
        <translation>no lo sé</translation>
    </message>
    <message>
        <source>Not discussed</source>
        <translation>No se ha hablado</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>No aprobado</translation>
    </message>
    <message>
        <source>Your care team has not approved this.</source>
        <translation>Su equipo de cuidados no lo ha aprobado.</translation>
    </message>
    <message>
        <source>Their note: {0}</source>
        <translation>Su nota: {0}</translation>
    </message>
    <message>
        <source>Approved by your care team.</source>
        <translation>Lo ha aprobado su equipo de cuidados.</translation>
    </message>
    <message>
        <source>{0}, {1} min</source>
        <translation>{0}, {1} min</translation>
    </message>
</context>
<context>
    <name>CarePlanPage</name>
    <message>
        <source>Care plan</source>
        <translation>Plan de cuidados</translation>
    </message>
    <message>
        <source>For the care team, or a carer with them. Companion shows what the team wrote here; it never decides a treatment.</source>
        <translation>Para el equipo de cuidados, o un cuidador junto con ellos. Companion muestra lo que el equipo escribió aquí; nunca decide un tratamiento.</translation>
    </message>
    <message>
        <source>Before a hand massage</source>
        <translation>Antes de un masaje de manos</translation>
    </message>
    <message>
        <source>The questions the massage guide asks every time. Answers given here or before a massage are the same answers.</source>
        <translation>Las preguntas que hace siempre la guía de masaje. Las respuestas que se den aquí o antes de un masaje son las mismas.</translation>
    </message>
    <message>
        <source>Breathlessness action plan…</source>
        <translation>Plan para la falta de aire…</translation>
    </message>
    <message>
        <source>What to do in an attack of breathlessness, written with the team</source>
        <translation>Qué hacer en una crisis de falta de aire, escrito con el equipo</translation>
    </message>
    <message>
        <source>An attack of breathlessness</source>
        <translation>Una crisis de falta de aire</translation>
    </message>
    <message>
        <source>Rate as an observer…</source>
        <translation>Valorar como observador…</translation>
    </message>
    <message>
        <source>PAINAD and a carer&apos;s estimate of breathlessness, for a patient who cannot answer</source>
        <translation>PAINAD y la estimación de un cuidador sobre la falta de aire, para un paciente que no puede responder</translation>
    </message>
    <message>
        <source>When the patient cannot answer</source>
        <translation>Cuando el paciente no puede responder</translation>
    </message>
    <message>
        <source>A carer can rate what they see, before or after any session or on its own. It is always labelled as observer-rated.</source>
        <translation>Un cuidador puede valorar lo que ve, antes o después de cualquier sesión, o por separado. Siempre se indica que es una valoración de un observador.</translation>
    </message>
    <message>
        <source>Written with</source>
        <translation>Escrito con</translation>
    </message>
    <message>
        <source>The nurse or doctor this plan was written with</source>
        <translation>La enfermera o el médico con quien se escribió este plan</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Back to the home screen (Esc)</source>
        <translation>Volver a la pantalla de inicio (Esc)</translation>
    </message>
    <message>
        <source>What symptom is most distressing now?</source>
        <translation>¿Qué síntoma le molesta más ahora?</translation>
    </message>
    <message>
        <source>For example: breathlessness at night</source>
        <translation>Por ejemplo: la falta de aire por la noche</translation>
    </message>
    <message>
        <source>What outcome matters most?</source>
        <translation>¿Qué resultado le importa más?</translation>
    </message>
    <message>
        <source>For example: to sleep through the night</source>
        <translation>Por ejemplo: dormir toda la noche</translation>
    </message>
    <message>
        <source>How much time and energy is there each day?</source>
        <translation>¿Cuánto tiempo y energía hay cada día?</translation>
    </message>
    <message>
        <source>For example: ten minutes in the afternoon</source>
        <translation>Por ejemplo: diez minutos por la tarde</translation>
    </message>
    <message>
        <source>The three questions to answer before starting.</source>
        <translation>Las tres preguntas que responder antes de empezar.</translation>
    </message>
    <message>
        <source>Three questions</source>
        <translation>Tres preguntas</translation>
    </message>
    <message>
        <source>Which activities the care team approves, with their note.</source>
        <translation>Qué actividades aprueba el equipo de cuidados, con su nota.</translation>
    </message>
    <message>
        <source>The care team&apos;s note on {0}</source>
        <translation>La nota del equipo de cuidados sobre {0}</translation>
    </message>
    <message>
        <source>Their note (optional), e.g. how often or what to avoid</source>
        <translation>Su nota (opcional), p. ej., con qué frecuencia o qué evitar</translation>
    </message>
    <message>
        <source>What is not approved</source>
        <translation>Lo que no está aprobado</translation>
    </message>
    <message>
        <source>Show it, marked with the note</source>
        <translation>Mostrarlo, marcado con la nota</translation>
    </message>
    <message>
        <source>Leave it off Home (and say so)</source>
        <translation>Quitarlo del Inicio (e indicarlo)</translation>
    </message>
    <message>
        <source>Approved activities</source>
        <translation>Actividades aprobadas</translation>
    </message>
    <message>
        <source>Today&apos;s suggestion</source>
        <translation>La sugerencia de hoy</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Minutes a day</source>
        <translation>Minutos al día</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>When or how</source>
        <translation>Cuándo o cómo</translation>
    </message>
    <message>
        <source>Optional, e.g. after lunch, sitting up</source>
        <translation>Opcional, p. ej., después de comer, sentado</translation>
    </message>
    <message>
        <source>Begin small: one technique, ten minutes a day. Home offers it with one press, and never counts days.</source>
        <translation>Empiece poco a poco: una técnica, diez minutos al día. El Inicio la ofrece con una sola pulsación, y nunca cuenta los días.</translation>
    </message>
    <message>
        <source>Movement limits</source>
        <translation>Límites de movimiento</translation>
    </message>
    <message>
        <source>Movements outside the limits</source>
        <translation>Movimientos fuera de los límites</translation>
    </message>
    <message>
        <source>Show them, marked</source>
        <translation>Mostrarlos, marcados</translation>
    </message>
    <message>
        <source>Hide them</source>
        <translation>Ocultarlos</translation>
    </message>
    <message>
        <source>Stretch marks or hides the movements these limits rule out.</source>
        <translation>Estiramientos marca u oculta los movimientos que estos límites descartan.</translation>
    </message>
    <message>
        <source>Loading the questions…</source>
        <translation>Cargando las preguntas…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>No lo sé</translation>
    </message>
    <message>
        <source>Last answered on {0}.</source>
        <translation>Respondido por última vez el {0}.</translation>
    </message>
    <message>
        <source>Last changed on {0}.</source>
        <translation>Cambiado por última vez el {0}.</translation>
    </message>
    <message>
        <source>Nothing written yet.</source>
        <translation>Aún no hay nada escrito.</translation>
    </message>
</context>
<context>
    <name>CheckinSheet</name>
    <message>
        <source>Other problem: its name</source>
        <translation>Otro problema: su nombre</translation>
    </message>
    <message>
        <source>Optional: name it, then rate it below</source>
        <translation>Opcional: póngale nombre y luego valórelo abajo</translation>
    </message>
    <message>
        <source>Other problem (optional)</source>
        <translation>Otro problema (opcional)</translation>
    </message>
    <message>
        <source>Also (not part of ESAS-r)</source>
        <translation>Además (no forma parte del ESAS-r)</translation>
    </message>
</context>
<context>
    <name>CoreTexts</name>
    <message>
        <source>Questions from the revised Edmonton Symptom Assessment System (ESAS-r), Alberta Health Services; used unchanged.</source>
        <translation>Preguntas del Sistema de Evaluación de Síntomas de Edmonton revisado (ESAS-r), Alberta Health Services; el original se usa sin cambios.</translation>
    </message>
    <message>
        <source>Please choose the number that best describes how you feel NOW</source>
        <translation>Elija el número que mejor describa cómo se siente AHORA</translation>
    </message>
    <message>
        <source>A change of 1 point or more is the smallest that may matter to a person (Hui 2015). It is possibly meaningful, not proof that a session helped.</source>
        <translation>Un cambio de 1 punto o más es el más pequeño que puede importarle a una persona (Hui 2015). Puede ser significativo, pero no demuestra que una sesión haya ayudado.</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>No Pain</source>
        <translation>Sin dolor</translation>
    </message>
    <message>
        <source>Worst Possible Pain</source>
        <translation>El peor dolor posible</translation>
    </message>
    <message>
        <source>Tiredness (Tiredness = lack of energy)</source>
        <translation>Cansancio (cansancio = falta de energía)</translation>
    </message>
    <message>
        <source>Tiredness</source>
        <translation>Cansancio</translation>
    </message>
    <message>
        <source>No Tiredness</source>
        <translation>Sin cansancio</translation>
    </message>
    <message>
        <source>Worst Possible Tiredness</source>
        <translation>El peor cansancio posible</translation>
    </message>
    <message>
        <source>Drowsiness (Drowsiness = feeling sleepy)</source>
        <translation>Somnolencia (somnolencia = sentir sueño)</translation>
    </message>
    <message>
        <source>Drowsiness</source>
        <translation>Somnolencia</translation>
    </message>
    <message>
        <source>No Drowsiness</source>
        <translation>Sin somnolencia</translation>
    </message>
    <message>
        <source>Worst Possible Drowsiness</source>
        <translation>La peor somnolencia posible</translation>
    </message>
    <message>
        <source>Nausea</source>
        <translation>Náuseas</translation>
    </message>
    <message>
        <source>No Nausea</source>
        <translation>Sin náuseas</translation>
    </message>
    <message>
        <source>Worst Possible Nausea</source>
        <translation>Las peores náuseas posibles</translation>
    </message>
    <message>
        <source>Lack of Appetite</source>
        <translation>Falta de apetito</translation>
    </message>
    <message>
        <source>No Lack of Appetite</source>
        <translation>Sin falta de apetito</translation>
    </message>
    <message>
        <source>Worst Possible Lack of Appetite</source>
        <translation>La peor falta de apetito posible</translation>
    </message>
    <message>
        <source>Shortness of Breath</source>
        <translation>Falta de aire</translation>
    </message>
    <message>
        <source>No Shortness of Breath</source>
        <translation>Sin falta de aire</translation>
    </message>
    <message>
        <source>Worst Possible Shortness of Breath</source>
        <translation>La peor falta de aire posible</translation>
    </message>
    <message>
        <source>Depression (Depression = feeling sad)</source>
        <translation>Depresión (depresión = sentirse triste)</translation>
    </message>
    <message>
        <source>Depression</source>
        <translation>Depresión</translation>
    </message>
    <message>
        <source>No Depression</source>
        <translation>Sin depresión</translation>
    </message>
    <message>
        <source>Worst Possible Depression</source>
        <translation>La peor depresión posible</translation>
    </message>
    <message>
        <source>Anxiety (Anxiety = feeling nervous)</source>
        <translation>Ansiedad (ansiedad = sentir nervios)</translation>
    </message>
    <message>
        <source>Anxiety</source>
        <translation>Ansiedad</translation>
    </message>
    <message>
        <source>No Anxiety</source>
        <translation>Sin ansiedad</translation>
    </message>
    <message>
        <source>Worst Possible Anxiety</source>
        <translation>La peor ansiedad posible</translation>
    </message>
    <message>
        <source>Wellbeing (Wellbeing = how you feel overall)</source>
        <translation>Bienestar (bienestar = cómo se siente en general)</translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation>Bienestar</translation>
    </message>
    <message>
        <source>Best Wellbeing</source>
        <translation>El mejor bienestar</translation>
    </message>
    <message>
        <source>Worst Possible Wellbeing</source>
        <translation>El peor bienestar posible</translation>
    </message>
    <message>
        <source>Sleep last night</source>
        <translation>El sueño de anoche</translation>
    </message>
    <message>
        <source>Very poor</source>
        <translation>Muy malo</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Muy bueno</translation>
    </message>
    <message>
        <source>Mood today</source>
        <translation>El ánimo de hoy</translation>
    </message>
    <message>
        <source>Very low</source>
        <translation>Muy bajo</translation>
    </message>
    <message>
        <source>Breathlessness</source>
        <translation>Falta de aire</translation>
    </message>
    <message>
        <source>Not breathless</source>
        <translation>Sin falta de aire</translation>
    </message>
    <message>
        <source>The worst I can imagine</source>
        <translation>La peor que pueda imaginar</translation>
    </message>
    <message>
        <source>Pain Assessment in Advanced Dementia (PAINAD)</source>
        <translation>Evaluación del dolor en la demencia avanzada (PAINAD)</translation>
    </message>
    <message>
        <source>Watch the person for about five minutes, then score what you saw.</source>
        <translation>Observe a la persona durante unos cinco minutos y después puntúe lo que vio.</translation>
    </message>
    <message>
        <source>PAINAD: Warden V, Hurley AC, Volicer L. Development and psychometric evaluation of the Pain Assessment in Advanced Dementia (PAINAD) scale. J Am Med Dir Assoc. 2003;4(1):9-15. Item wording as published.</source>
        <translation>PAINAD: Warden V, Hurley AC, Volicer L. Development and psychometric evaluation of the Pain Assessment in Advanced Dementia (PAINAD) scale. J Am Med Dir Assoc. 2003;4(1):9-15. Texto de los aspectos traducido del publicado en inglés.</translation>
    </message>
    <message>
        <source>Breathing independent of vocalization</source>
        <translation>Respiración independiente de la vocalización</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Occasional labored breathing. Short period of hyperventilation.</source>
        <translation>Respiración dificultosa ocasional. Breves periodos de hiperventilación.</translation>
    </message>
    <message>
        <source>Noisy labored breathing. Long period of hyperventilation. Cheyne-Stokes respirations.</source>
        <translation>Respiración ruidosa y dificultosa. Largos periodos de hiperventilación. Respiración de Cheyne-Stokes.</translation>
    </message>
    <message>
        <source>Negative vocalization</source>
        <translation>Vocalización negativa</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Occasional moan or groan. Low-level speech with a negative or disapproving quality.</source>
        <translation>Gemidos o quejidos ocasionales. Habla en voz baja con un tono negativo o de desaprobación.</translation>
    </message>
    <message>
        <source>Repeated troubled calling out. Loud moaning or groaning. Crying.</source>
        <translation>Llamadas angustiadas repetidas. Gemidos o quejidos fuertes. Llanto.</translation>
    </message>
    <message>
        <source>Facial expression</source>
        <translation>Expresión facial</translation>
    </message>
    <message>
        <source>Smiling or inexpressive</source>
        <translation>Sonriente o inexpresiva</translation>
    </message>
    <message>
        <source>Sad. Frightened. Frown.</source>
        <translation>Triste. Asustada. Ceño fruncido.</translation>
    </message>
    <message>
        <source>Facial grimacing.</source>
        <translation>Muecas de dolor.</translation>
    </message>
    <message>
        <source>Body language</source>
        <translation>Lenguaje corporal</translation>
    </message>
    <message>
        <source>Relaxed</source>
        <translation>Relajado</translation>
    </message>
    <message>
        <source>Tense. Distressed pacing. Fidgeting.</source>
        <translation>Tenso. Camina de un lado a otro con angustia. Inquieto.</translation>
    </message>
    <message>
        <source>Rigid. Fists clenched. Knees pulled up. Pulling or pushing away. Striking out.</source>
        <translation>Rígido. Puños cerrados. Rodillas encogidas. Tira o aparta. Da golpes.</translation>
    </message>
    <message>
        <source>Consolability</source>
        <translation>Consuelo</translation>
    </message>
    <message>
        <source>No need to console</source>
        <translation>No necesita consuelo</translation>
    </message>
    <message>
        <source>Distracted or reassured by voice or touch.</source>
        <translation>Se distrae o se tranquiliza con la voz o el tacto.</translation>
    </message>
    <message>
        <source>Unable to console, distract, or reassure.</source>
        <translation>No se le puede consolar, distraer ni tranquilizar.</translation>
    </message>
    <message>
        <source>Breathlessness, as the carer sees it (carer&apos;s estimate)</source>
        <translation>Falta de aire, tal como la ve el cuidador (estimación del cuidador)</translation>
    </message>
    <message>
        <source>Not breathless at all</source>
        <translation>Ninguna falta de aire</translation>
    </message>
    <message>
        <source>As breathless as they could be</source>
        <translation>La mayor falta de aire posible</translation>
    </message>
    <message>
        <source>Not a validated translation: these ESAS-r questions are Companion&apos;s own translation of the English original.</source>
        <translation>No es una traducción validada: estas preguntas del ESAS-r son una traducción propia de Companion del original en inglés.</translation>
    </message>
</context>
<context>
    <name>DataCard</name>
    <message>
        <source>Your data</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation>Hacer una copia…</translation>
    </message>
    <message>
        <source>Save all history as one file</source>
        <translation>Guardar todo el historial en un solo archivo</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Recuperar…</translation>
    </message>
    <message>
        <source>Bring back history from a backup file</source>
        <translation>Recuperar el historial desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Delete all my data…</source>
        <translation>Borrar todos mis datos…</translation>
    </message>
    <message>
        <source>Remove every session, rating, note and check-in</source>
        <translation>Quitar todas las sesiones, valoraciones, notas y registros diarios</translation>
    </message>
    <message>
        <source>Your data stays on this computer.</source>
        <translation>Sus datos se quedan en este equipo.</translation>
    </message>
    <message>
        <source>Save the export</source>
        <translation>Guardar la exportación</translation>
    </message>
    <message>
        <source>Save a backup</source>
        <translation>Guardar una copia de seguridad</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Elegir una copia de seguridad</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>¿Recuperar esta copia de seguridad?</translation>
    </message>
    <message>
        <source>Your history will be replaced by the backup. The current history is kept aside as a file beside it, so nothing is lost.</source>
        <translation>Su historial se sustituirá por el de la copia. El historial actual se guarda aparte en un archivo junto a ella, así que no se pierde nada.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <source>Delete all my data?</source>
        <translation>¿Borrar todos mis datos?</translation>
    </message>
    <message>
        <source>Every session, rating, note and check-in will be removed from this computer for good. This cannot be undone. Make a backup first if you may want them later. Your settings and playlists are kept.</source>
        <translation>Todas las sesiones, valoraciones, notas y registros diarios se quitarán de este equipo para siempre. No se puede deshacer. Haga antes una copia de seguridad si puede que los quiera más adelante. Sus ajustes y listas de reproducción se conservan.</translation>
    </message>
    <message>
        <source>Delete all my data</source>
        <translation>Borrar todos mis datos</translation>
    </message>
    <message>
        <source>All your history has been deleted.</source>
        <translation>Se ha borrado todo su historial.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarlos</translation>
    </message>
    <message>
        <source>That did not work: {0}</source>
        <translation>No ha funcionado: {0}</translation>
    </message>
</context>
<context>
    <name>EditView</name>
    <message>
        <source>This playlist comes with Companion and cannot be changed. Make your own copy to add, arrange or remove tracks.</source>
        <translation>Esta lista de reproducción viene con Companion y no se puede cambiar. Haga su propia copia para añadir, ordenar o quitar pistas.</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar el nombre…</translation>
    </message>
    <message>
        <source>Rename this playlist</source>
        <translation>Cambiar el nombre de esta lista</translation>
    </message>
    <message>
        <source>Delete playlist…</source>
        <translation>Borrar la lista…</translation>
    </message>
    <message>
        <source>Delete this playlist (never the music files)</source>
        <translation>Borrar esta lista de reproducción (nunca los archivos de música)</translation>
    </message>
    <message>
        <source>Make my own copy…</source>
        <translation>Hacer mi propia copia…</translation>
    </message>
    <message>
        <source>Copy this playlist so you can change it</source>
        <translation>Copiar esta lista para poder cambiarla</translation>
    </message>
    <message>
        <source>Add music…</source>
        <translation>Añadir música…</translation>
    </message>
    <message>
        <source>Add music files to this playlist</source>
        <translation>Añadir archivos de música a esta lista</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Añadir una carpeta…</translation>
    </message>
    <message>
        <source>Add every music file in a folder</source>
        <translation>Añadir todos los archivos de música de una carpeta</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the track up (Ctrl+Up)</source>
        <translation>Subir la pista (Ctrl+Arriba)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the track down (Ctrl+Down)</source>
        <translation>Bajar la pista (Ctrl+Abajo)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Take the chosen track out of this playlist (the file stays)</source>
        <translation>Sacar la pista elegida de esta lista (el archivo se queda)</translation>
    </message>
    <message>
        <source>Find file…</source>
        <translation>Buscar el archivo…</translation>
    </message>
    <message>
        <source>Point the chosen track at where its file is now</source>
        <translation>Indicar dónde está ahora el archivo de la pista elegida</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>In this order</source>
        <translation>En este orden</translation>
    </message>
    <message>
        <source>Shuffle</source>
        <translation>Aleatorio</translation>
    </message>
    <message>
        <source>From lively to calm</source>
        <translation>De animada a tranquila</translation>
    </message>
    <message>
        <source>Every track plays once before any plays again</source>
        <translation>Cada pista suena una vez antes de que se repita ninguna</translation>
    </message>
    <message>
        <source>Start where they are, end calm: the liveliest track first, the calmest last (Companion listens to each track once to tell)</source>
        <translation>Empezar donde están y terminar en calma: primero la pista más animada, al final la más tranquila (Companion escucha cada pista una vez para saberlo)</translation>
    </message>
    <message>
        <source>The tracks play from the liveliest to the calmest, as music therapists start where a person is and end calm. A track Companion has not listened to yet keeps its place.</source>
        <translation>Las pistas suenan de la más animada a la más tranquila, igual que los musicoterapeutas empiezan donde está la persona y terminan en calma. Una pista que Companion aún no ha escuchado se queda en su sitio.</translation>
    </message>
    <message>
        <source>Even out loudness: every track plays as loud as the others</source>
        <translation>Igualar el volumen: todas las pistas suenan igual de fuerte</translation>
    </message>
    <message>
        <source>Quiet and loud recordings play at one loudness, so nothing startles. Companion measures each track once.</source>
        <translation>Las grabaciones bajas y las altas suenan al mismo volumen, para que nada sobresalte. Companion mide cada pista una vez.</translation>
    </message>
    <message>
        <source>Also play tracks marked “unsettled” twice</source>
        <translation>Poner también las pistas marcadas dos veces con “me inquietó”</translation>
    </message>
    <message>
        <source>They are left out unless this is ticked; their mark stays in the list</source>
        <translation>Se dejan fuera salvo que esto esté marcado; su marca sigue en la lista</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>No repeat</source>
        <translation>Sin repetir</translation>
    </message>
    <message>
        <source>Repeat the playlist</source>
        <translation>Repetir la lista</translation>
    </message>
    <message>
        <source>Repeat the track</source>
        <translation>Repetir la pista</translation>
    </message>
    <message>
        <source>Import a playlist…</source>
        <translation>Importar una lista de reproducción…</translation>
    </message>
    <message>
        <source>Read an M3U or M3U8 playlist file</source>
        <translation>Leer un archivo de lista de reproducción M3U o M3U8</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save this playlist as an M3U8 file</source>
        <translation>Guardar esta lista como archivo M3U8</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Back to the player (Esc)</source>
        <translation>Volver al reproductor (Esc)</translation>
    </message>
    <message>
        <source>How the music plays (every playlist)</source>
        <translation>Cómo suena la música (en todas las listas)</translation>
    </message>
    <message>
        <source>Playlist files</source>
        <translation>Archivos de listas de reproducción</translation>
    </message>
    <message>
        <source>Edit “{0}”</source>
        <translation>Editar “{0}”</translation>
    </message>
</context>
<context>
    <name>FamilyCues</name>
    <message>
        <source>Someone close can record the breathing cues once. When spoken cues are on (in Breathe), they are said in that voice; a cue not recorded is said by the chosen voice.</source>
        <translation>Alguien cercano puede grabar una vez las indicaciones de la respiración. Cuando las indicaciones habladas están activadas (en Respirar), se dicen con esa voz; una indicación que no se ha grabado la dice la voz elegida.</translation>
    </message>
    <message>
        <source>Cue to record</source>
        <translation>Indicación que grabar</translation>
    </message>
    <message>
        <source>The end words</source>
        <translation>Las palabras del final</translation>
    </message>
    <message>
        <source>The words to say</source>
        <translation>Las palabras que decir</translation>
    </message>
    <message>
        <source>Say: “{0}”</source>
        <translation>Diga: “{0}”</translation>
    </message>
</context>
<context>
    <name>FhirPreview</name>
    <message>
        <source>One FHIR R4 Bundle (a collection, JSON) with {0} resources:</source>
        <translation>Un Bundle FHIR R4 (una colección, JSON) con {0} recursos:</translation>
    </message>
    <message>
        <source>1 Patient, with the name entered for the report</source>
        <translation>1 Patient, con el nombre escrito para el informe</translation>
    </message>
    <message>
        <source>1 Patient, with no name and no identifier</source>
        <translation>1 Patient, sin nombre y sin identificador</translation>
    </message>
    <message>
        <source>{0} Questionnaires: ESAS-r (unchanged, credited), the session ratings, the extra daily questions, PAINAD with the carer&apos;s estimate</source>
        <translation>{0} Questionnaires: ESAS-r (el original sin cambios, citado), las valoraciones de las sesiones, las preguntas diarias adicionales, PAINAD con la estimación del cuidador</translation>
    </message>
    <message>
        <source>{0} Procedures: one per session ({1}), with its times and length</source>
        <translation>{0} Procedures: uno por sesión ({1}), con sus horas y su duración</translation>
    </message>
    <message>
        <source>{0} QuestionnaireResponses: one per check-in ({1}) and per rating set, {2} of them by an observer</source>
        <translation>{0} QuestionnaireResponses: uno por registro diario ({1}) y por conjunto de valoraciones, {2} de ellos de un observador</translation>
    </message>
    <message>
        <source>{0} Observations: one per rated item; an observer&apos;s are labelled observer-rated, and &apos;could not rate&apos; is kept</source>
        <translation>{0} Observations: una por cada aspecto valorado; las de un observador se indican como valoradas por un observador, y “no se pudo valorar” se conserva</translation>
    </message>
    <message>
        <source>{0} RelatedPersons and {1} Practitioners: the family and professional caregivers who answered or rated</source>
        <translation>{0} RelatedPersons y {1} Practitioners: los familiares y los cuidadores profesionales que respondieron o valoraron</translation>
    </message>
    <message>
        <source>Notes on sessions are included; day notes are not.</source>
        <translation>Se incluyen las notas de las sesiones; las notas del día, no.</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Questions people often ask</source>
        <translation>Preguntas frecuentes</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Where the ideas come from</source>
        <translation>De dónde vienen las ideas</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Where your data is kept</source>
        <translation>Dónde se guardan sus datos</translation>
    </message>
    <message>
        <source>History and playlists: {0}&lt;br&gt;Settings: {1}&lt;br&gt;The breathlessness plan: {3}&lt;br&gt;Spoken words, kept to save time: {2}&lt;br&gt;Only you can read these files. Nothing is sent anywhere.</source>
        <translation>Historial y listas de reproducción: {0}&lt;br&gt;Ajustes: {1}&lt;br&gt;El plan para la falta de aire: {3}&lt;br&gt;Palabras habladas, guardadas para ahorrar tiempo: {2}&lt;br&gt;Solo usted puede leer estos archivos. No se envía nada a ningún sitio.</translation>
    </message>
    <message>
        <source>Companion {0}. It guides and records; it is not a replacement for your care team.</source>
        <translation>Companion {0}. Le guía y toma nota; no sustituye a su equipo de cuidados.</translation>
    </message>
    <message>
        <source>About Companion</source>
        <translation>Acerca de Companion</translation>
    </message>
    <message>
        <source>About Companion and its licences</source>
        <translation>Acerca de Companion y sus licencias</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Back to the home screen (Esc)</source>
        <translation>Volver a la pantalla de inicio (Esc)</translation>
    </message>
    <message>
        <source>Show the welcome again</source>
        <translation>Mostrar otra vez la bienvenida</translation>
    </message>
    <message>
        <source>What Companion is and is not</source>
        <translation>Qué es Companion y qué no es</translation>
    </message>
    <message>
        <source>Companion {0} is free software: you may share and change it under the GNU General Public License, version 3 or later ({1}). It comes with no warranty. It bundles these parts, each under its own licence:</source>
        <translation>Companion {0} es software libre: puede compartirlo y modificarlo según la Licencia Pública General de GNU, versión 3 o posterior ({1}). No tiene ninguna garantía. Incluye estos componentes, cada uno con su propia licencia:</translation>
    </message>
    <message>
        <source>Breathless now follows what breathlessness services teach: the Breathing, Thinking, Functioning model (Spathis and others, npj Primary Care Respiratory Medicine 2017;27:27) and the leaflets of the Cambridge Breathlessness Intervention Service; studies of the hand-held fan (Luckett and others, European Respiratory Journal 2017; Bausewein and others, BMC Palliative Care 2010); the NHS patient leaflets on recovery breathing and the calming hand; and NHS Scotland&apos;s advice for carers. The ratings use the revised Edmonton Symptom Assessment System (ESAS-r, Alberta Health Services), unchanged. The pictures, sounds and words are Companion&apos;s own; none of it is a treatment.</source>
        <translation>“Me falta el aire” sigue lo que enseñan los servicios especializados en la falta de aire: el modelo Breathing, Thinking, Functioning (Respirar, Pensar, Funcionar; Spathis y otros, npj Primary Care Respiratory Medicine 2017;27:27) y los folletos del Cambridge Breathlessness Intervention Service; los estudios sobre el abanico de mano (Luckett y otros, European Respiratory Journal 2017; Bausewein y otros, BMC Palliative Care 2010); los folletos para pacientes del NHS sobre la respiración de recuperación y la mano que calma; y los consejos de NHS Scotland para cuidadores. Las valoraciones usan el Sistema de Evaluación de Síntomas de Edmonton revisado (ESAS-r, Alberta Health Services), sin cambios. Las imágenes, los sonidos y las palabras son de Companion; nada de ello es un tratamiento.</translation>
    </message>
    <message>
        <source>What is Breathless now?</source>
        <translation>¿Qué es “Me falta el aire”?</translation>
    </message>
    <message>
        <source>Help in an attack of breathlessness: press it at the top of Home, press F2, or choose it from the tray. It goes one step at a time and waits for you: a position that helps, a fan on the face, breathing out longer with a soft falling sound that follows you, the calming hand, a few calm words, then the plan your care team wrote. It does not replace them. Get urgent help if you cannot speak, your lips or face turn blue or grey, you have chest pain, or it is new or much worse than usual.</source>
        <translation>Ayuda en una crisis de falta de aire: púlselo arriba en el Inicio, pulse F2 o elíjalo en la bandeja del sistema. Va paso a paso y le espera: una postura que ayuda, un ventilador en la cara, soltar el aire más largo con un sonido suave que baja y le acompaña, la mano que calma, unas palabras tranquilas y después el plan que escribió su equipo de cuidados. No los sustituye. Pida ayuda urgente si no puede hablar, se le ponen los labios o la cara azules o grises, tiene dolor en el pecho, o es nuevo o mucho peor de lo habitual.</translation>
    </message>
    <message>
        <source>Is Companion a treatment?</source>
        <translation>¿Companion es un tratamiento?</translation>
    </message>
    <message>
        <source>No. It guides relaxation and keeps a record. It does not diagnose or treat, and it does not replace your care team. Ask them before starting.</source>
        <translation>No. Guía la relajación y lleva un registro. No diagnostica ni trata, y no sustituye a su equipo de cuidados. Consúltelo antes de empezar.</translation>
    </message>
    <message>
        <source>Why breathe in for 4 seconds and out for 6?</source>
        <translation>¿Por qué tomar aire durante 4 segundos y soltarlo durante 6?</translation>
    </message>
    <message>
        <source>That is about six slow breaths a minute, a rhythm many people find calming. Breathe softly, not deeply. If it feels too long, choose Gentle or Very gentle, which are shorter; the out-breath is never shorter than the in-breath.</source>
        <translation>Son unas seis respiraciones lentas por minuto, un ritmo que a mucha gente le calma. Respire con suavidad, no hondo. Si le parece demasiado largo, elija Suave o Muy suave, que son más cortos; la salida del aire nunca es más corta que la entrada.</translation>
    </message>
    <message>
        <source>What if I feel dizzy, tingly or more breathless?</source>
        <translation>¿Y si me mareo, siento hormigueo o me falta más el aire?</translation>
    </message>
    <message>
        <source>Stop and breathe normally. These exercises are not for sudden or severe breathlessness: if you cannot speak in short sentences, get urgent help. Comfort &amp; safety in the breathing session has more tips.</source>
        <translation>Pare y respire con normalidad. Estos ejercicios no son para una falta de aire repentina o intensa: si no puede hablar con frases cortas, pida ayuda urgente. En la sesión de respiración, “Comodidad y seguridad” tiene más consejos.</translation>
    </message>
    <message>
        <source>How long, and how often?</source>
        <translation>¿Cuánto tiempo, y cada cuánto?</translation>
    </message>
    <message>
        <source>Three minutes is a good start, and any time helps. When it feels right, some people like five minutes or more. There is no score to keep: come back whenever you like.</source>
        <translation>Tres minutos es un buen comienzo, y cualquier rato ayuda. Cuando le parezca bien, a algunas personas les gustan cinco minutos o más. No hay ninguna puntuación: vuelva cuando quiera.</translation>
    </message>
    <message>
        <source>Can I follow it with my eyes closed?</source>
        <translation>¿Puedo seguirlo con los ojos cerrados?</translation>
    </message>
    <message>
        <source>Yes. A soft rising tone means breathe in and a falling one breathe out; spoken cues can be turned on in the session.</source>
        <translation>Sí. Un tono suave que sube indica tomar aire, y uno que baja, soltarlo; en la sesión se pueden activar las indicaciones habladas.</translation>
    </message>
    <message>
        <source>How do I make it quieter or darker at night?</source>
        <translation>¿Cómo lo hago más silencioso u oscuro por la noche?</translation>
    </message>
    <message>
        <source>Choose the Night theme in Settings, and lower the volume in the session or the player. Sounds are kept low on purpose, and reminders are silent at night unless you ask otherwise.</source>
        <translation>Elija el tema Noche en Ajustes y baje el volumen en la sesión o en el reproductor. Los sonidos se mantienen bajos a propósito, y los recordatorios no suenan por la noche salvo que usted lo pida.</translation>
    </message>
    <message>
        <source>Can we play the patient&apos;s own music?</source>
        <translation>¿Podemos poner la música del paciente?</translation>
    </message>
    <message>
        <source>Yes. In Listen, make a playlist and add music files or a whole folder. The sleep timer fades the music out gently.</source>
        <translation>Sí. En Escuchar, cree una lista de reproducción y añada archivos de música o una carpeta entera. El temporizador de apagado baja la música poco a poco.</translation>
    </message>
    <message>
        <source>Can we write our own relaxation script?</source>
        <translation>¿Podemos escribir nuestro propio texto de relajación?</translation>
    </message>
    <message>
        <source>Yes. In Imagine, write one, or make your own copy of a bundled script and add the names of favourite places and people.</source>
        <translation>Sí. En Imaginar, escriba uno, o haga su propia copia de un texto incluido y añada los nombres de sus lugares y personas favoritos.</translation>
    </message>
    <message>
        <source>How do we share the history with the care team?</source>
        <translation>¿Cómo compartimos el historial con el equipo de cuidados?</translation>
    </message>
    <message>
        <source>In History, Export shows exactly what will be included, then writes a short PDF report, a spreadsheet file, or a FHIR file the care team&apos;s systems can read. Nothing is shared unless you do this.</source>
        <translation>En Historial, Exportar muestra exactamente lo que se incluirá y después prepara un breve informe en PDF, una hoja de cálculo o un archivo FHIR que los sistemas del equipo de cuidados pueden leer. No se comparte nada si usted no lo hace.</translation>
    </message>
    <message>
        <source>Where does the care team write their plan?</source>
        <translation>¿Dónde escribe su plan el equipo de cuidados?</translation>
    </message>
    <message>
        <source>On Home, Care plan: what they approve and their notes, a daily suggestion, limits for movement and the questions before a massage. Companion shows what they wrote; it never decides a treatment.</source>
        <translation>En el Inicio, Plan de cuidados: lo que aprueban y sus notas, una sugerencia diaria, los límites de movimiento y las preguntas antes de un masaje. Companion muestra lo que escribieron; nunca decide un tratamiento.</translation>
    </message>
    <message>
        <source>What if the patient cannot answer the ratings?</source>
        <translation>¿Y si el paciente no puede responder a las valoraciones?</translation>
    </message>
    <message>
        <source>A carer can Rate as an observer, before or after any session or on its own: PAINAD (Pain Assessment in Advanced Dementia; Warden, Hurley and Volicer, 2003, its wording as published) and their estimate of breathlessness. Could not rate is an answer too. These ratings are always shown apart from the patient&apos;s own, with who rated.</source>
        <translation>Un cuidador puede usar “Valorar como observador”, antes o después de cualquier sesión, o por separado: PAINAD (Pain Assessment in Advanced Dementia, evaluación del dolor en la demencia avanzada; Warden, Hurley y Volicer, 2003, con su texto tal como se publicó) y su estimación de la falta de aire. “No se pudo valorar” también es una respuesta. Estas valoraciones siempre se muestran aparte de las del paciente, indicando quién valoró.</translation>
    </message>
    <message>
        <source>How do I delete everything?</source>
        <translation>¿Cómo lo borro todo?</translation>
    </message>
    <message>
        <source>In History, choose Delete all my data. It asks first, then removes every session, rating and note from this computer.</source>
        <translation>En Historial, elija “Borrar todos mis datos”. Primero lo pregunta y después quita de este equipo todas las sesiones, valoraciones y notas.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <comment>a length, then a count: 46 minutes · 8 sessions</comment>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <translation>Registro diario</translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation>Guardar registro</translation>
    </message>
    <message>
        <source>Optional, once a day. Leave out any question you like.</source>
        <translation>Opcional, una vez al día. Deje sin responder la pregunta que quiera.</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Guardar nota</translation>
    </message>
    <message>
        <source>Anything worth remembering. Leave it empty to remove the note.</source>
        <translation>Cualquier cosa que valga la pena recordar. Déjelo vacío para quitar la nota.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Anything worth remembering; empty removes it</source>
        <translation>Cualquier cosa que valga la pena recordar; si está vacío, se quita</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exportar el historial</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>It is saved only where you choose. Companion sends nothing anywhere.</source>
        <translation>Solo se guarda donde usted elija. Companion no envía nada a ningún sitio.</translation>
    </message>
    <message>
        <source>Care-team report (PDF)</source>
        <translation>Informe para el equipo de cuidados (PDF)</translation>
    </message>
    <message>
        <source>Table of sessions (CSV)</source>
        <translation>Tabla de sesiones (CSV)</translation>
    </message>
    <message>
        <source>For care systems (FHIR)</source>
        <translation>Para sistemas sanitarios (FHIR)</translation>
    </message>
    <message>
        <source>What to make</source>
        <translation>Qué preparar</translation>
    </message>
    <message>
        <source>Patient&apos;s name on the report (optional):</source>
        <translation>Nombre del paciente en el informe (opcional):</translation>
    </message>
    <message>
        <source>Patient&apos;s name on the report</source>
        <translation>Nombre del paciente en el informe</translation>
    </message>
    <message>
        <source>Optional. It is printed at the top of the report and kept for the next one.</source>
        <translation>Opcional. Se imprime al principio del informe y se guarda para el siguiente.</translation>
    </message>
    <message>
        <source>The file will contain exactly this:</source>
        <translation>El archivo contendrá exactamente esto:</translation>
    </message>
    <message>
        <source>What the file will contain</source>
        <translation>Lo que contendrá el archivo</translation>
    </message>
    <message>
        <source>Read only: the export, in words</source>
        <translation>Solo lectura: la exportación, en palabras</translation>
    </message>
    <message>
        <source>Period: {0}</source>
        <translation>Periodo: {0}</translation>
    </message>
    <message>
        <source>Patient: {0}</source>
        <translation>Paciente: {0}</translation>
    </message>
    <message>
        <source>Activity: {0}</source>
        <translation>Actividad: {0}</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todas</translation>
    </message>
    <message>
        <source>{0} in all, on {1}.</source>
        <translation>{0} en total, en {1}.</translation>
    </message>
    <message>
        <source>No sessions in this period.</source>
        <translation>No hay sesiones en este periodo.</translation>
    </message>
    <message>
        <source>Episodes of breathlessness (Breathless now): {0}</source>
        <translation>Episodios de falta de aire (“Me falta el aire”): {0}</translation>
    </message>
    <message>
        <source>One row per session with these columns:</source>
        <translation>Una fila por sesión, con estas columnas:</translation>
    </message>
    <message>
        <source>Activities are written as identifiers: {0}.</source>
        <translation>Las actividades se escriben como identificadores: {0}.</translation>
    </message>
    <message>
        <source>Ratings: {0}</source>
        <translation>Valoraciones: {0}</translation>
    </message>
    <message>
        <source>Notes on sessions, in full: {0}</source>
        <translation>Notas de las sesiones, completas: {0}</translation>
    </message>
    <message>
        <source>Daily check-ins and day notes are not in the table.</source>
        <translation>Los registros diarios y las notas del día no están en la tabla.</translation>
    </message>
    <message>
        <source>Ratings by an observer around a session are in their own columns (observer_before, observer_after), apart from the patient&apos;s own; those given on their own are in the PDF and the FHIR file.</source>
        <translation>Las valoraciones de un observador en torno a una sesión van en sus propias columnas (observer_before, observer_after), aparte de las del paciente; las que se dieron por separado están en el PDF y en el archivo FHIR.</translation>
    </message>
    <message>
        <source>First, the care plan: the three questions and their answers, what the team approves, the daily suggestion, the limits and precautions.</source>
        <translation>Primero, el plan de cuidados: las tres preguntas y sus respuestas, lo que aprueba el equipo, la sugerencia diaria, los límites y las precauciones.</translation>
    </message>
    <message>
        <source>{0}: {1}, {2}</source>
        <translation>{0}: {1}, {2}</translation>
    </message>
    <message>
        <source>Sessions per week, as a chart and a table.</source>
        <translation>Sesiones por semana, en un gráfico y en una tabla.</translation>
    </message>
    <message>
        <source>Episodes of breathlessness per week and by time of day.</source>
        <translation>Episodios de falta de aire por semana y por momento del día.</translation>
    </message>
    <message>
        <source>Ratings before and after, on average:</source>
        <translation>Valoraciones antes y después, de media:</translation>
    </message>
    <message>
        <source>{0}: {1} before → {2} after ({3})</source>
        <translation>{0}: {1} antes → {2} después ({3})</translation>
    </message>
    <message>
        <source>No session in this period was rated both before and after.</source>
        <translation>Ninguna sesión de este periodo se valoró antes y después.</translation>
    </message>
    <message>
        <source>Ratings by an observer, apart from the patient&apos;s own: {0}</source>
        <translation>Valoraciones de un observador, aparte de las del paciente: {0}</translation>
    </message>
    <message>
        <source>Daily check-ins: {0} (the first and the latest are shown)</source>
        <translation>Registros diarios: {0} (se muestran el primero y el más reciente)</translation>
    </message>
    <message>
        <source>Notes: none in this period.</source>
        <translation>Notas: ninguna en este periodo.</translation>
    </message>
    <message>
        <source>Notes, in full:</source>
        <translation>Notas, completas:</translation>
    </message>
    <message>
        <source>Saved {0} to {1}.</source>
        <translation>Se guardó {0} en {1}.</translation>
    </message>
    <message>
        <source>Saved the report ({0}) to {1}.</source>
        <translation>Se guardó el informe ({0}) en {1}.</translation>
    </message>
    <message>
        <source>{0} of them hold values Companion does not write; they are included as they are and marked.</source>
        <translation>{0} de ellos contienen valores que Companion no escribe; se incluyen tal cual, marcados.</translation>
    </message>
    <message>
        <source>Backup saved as {0}.</source>
        <translation>Copia de seguridad guardada como {0}.</translation>
    </message>
    <message numerus="yes">
        <source>Saved the FHIR file (%n resource(s)) to {0}.</source>
        <translation>
            <numerusform>Archivo FHIR guardado (%n recurso) en {0}.</numerusform>
            <numerusform>Archivo FHIR guardado (%n recursos) en {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>History restored from {0} ({1}). The previous history is kept as {2}.</source>
        <translation>Historial restaurado desde {0} ({1}). El historial anterior se guarda como {2}.</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Últimas 4 semanas</translation>
    </message>
    <message>
        <source>Last 8 weeks</source>
        <translation>Últimas 8 semanas</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Desde el principio</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Plan de cuidados</translation>
    </message>
    <message>
        <source>Written with {0}.</source>
        <translation>Escrito con {0}.</translation>
    </message>
    <message>
        <source>Most distressing symptom now</source>
        <translation>El síntoma que más le molesta ahora</translation>
    </message>
    <message>
        <source>The outcome that matters most</source>
        <translation>El resultado que más le importa</translation>
    </message>
    <message>
        <source>Time and energy each day</source>
        <translation>Tiempo y energía cada día</translation>
    </message>
    <message>
        <source>Activities:</source>
        <translation>Actividades:</translation>
    </message>
    <message>
        <source>Daily suggestion: {0}</source>
        <translation>Sugerencia diaria: {0}</translation>
    </message>
    <message>
        <source>Movement limits: {0}</source>
        <translation>Límites de movimiento: {0}</translation>
    </message>
    <message>
        <source>Massage precautions (answered {0}): {1}</source>
        <translation>Precauciones para el masaje (respondidas el {0}): {1}</translation>
    </message>
    <message>
        <source>none of concern</source>
        <translation>ninguna preocupante</translation>
    </message>
    <message>
        <source>Companion shows what the care team wrote; it never decides a treatment.</source>
        <translation>Companion muestra lo que escribió el equipo de cuidados; nunca decide un tratamiento.</translation>
    </message>
    <message>
        <source>Ratings by an observer (not the patient&apos;s own)</source>
        <translation>Valoraciones de un observador (no del propio paciente)</translation>
    </message>
    <message>
        <source>Given by a carer when the patient could not answer. They are never averaged with the patient&apos;s own ratings above.</source>
        <translation>Las da un cuidador cuando el paciente no podía responder. Nunca se promedian con las valoraciones del propio paciente de arriba.</translation>
    </message>
    <message>
        <source>on its own</source>
        <translation>por separado</translation>
    </message>
    <message>
        <source>a session</source>
        <translation>una sesión</translation>
    </message>
    <message>
        <source>before {0}</source>
        <translation>antes de {0}</translation>
    </message>
    <message>
        <source>after {0}</source>
        <translation>después de {0}</translation>
    </message>
    <message>
        <source>nothing scored</source>
        <translation>nada puntuado</translation>
    </message>
    <message>
        <source>{0} earlier observer ratings are in the CSV and FHIR exports.</source>
        <translation>Hay {0} valoraciones anteriores de un observador en las exportaciones CSV y FHIR.</translation>
    </message>
    <message>
        <source>Companion: sessions report</source>
        <translation>Companion: informe de sesiones</translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation>Paciente:</translation>
    </message>
    <message>
        <source>Made on {0} from the patient&apos;s own records in Companion, an app that guides and records relaxation sessions. It is not a medical device.</source>
        <translation>Hecho el {0} a partir de los registros del propio paciente en Companion, una aplicación que guía y registra sesiones de relajación. No es un producto sanitario.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>{0} of these sessions hold values Companion does not write (an unknown activity or person, a date or length that cannot be read); they are counted as they are, without their minutes.</source>
        <translation>{0} de estas sesiones contienen valores que Companion no escribe (una actividad o persona desconocida, una fecha o duración que no se puede leer); se cuentan tal cual, sin sus minutos.</translation>
    </message>
    <message>
        <source>No notes in this period.</source>
        <translation>No hay notas en este periodo.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation>Sesiones por semana</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Semana del</translation>
    </message>
    <message>
        <source>Ratings before and after sessions (0–10)</source>
        <translation>Valoraciones antes y después de las sesiones (0–10)</translation>
    </message>
    <message>
        <source>No session was rated both before and after in this period.</source>
        <translation>En este periodo ninguna sesión se valoró antes y después.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Aspecto</translation>
    </message>
    <message>
        <source>Average before</source>
        <translation>Media antes</translation>
    </message>
    <message>
        <source>Average after</source>
        <translation>Media después</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Changed by 1 point or more</source>
        <translation>Cambió 1 punto o más</translation>
    </message>
    <message>
        <source>ESAS-r items: 0 = none (for wellbeing, 0 = best), 10 = worst possible.</source>
        <translation>Aspectos del ESAS-r: 0 = nada (en bienestar, 0 = lo mejor), 10 = lo peor posible.</translation>
    </message>
    <message>
        <source>{0}: average per week</source>
        <translation>{0}: media por semana</translation>
    </message>
    <message>
        <source>Breathless now: episodes of breathlessness</source>
        <translation>Me falta el aire: episodios de falta de aire</translation>
    </message>
    <message>
        <source>Episodes in this period: {0}, {1} minutes in all. Recorded when the person used Breathless now; they are not counted as sessions.</source>
        <translation>Episodios en este periodo: {0}, {1} minutos en total. Se registran cuando la persona usó “Me falta el aire”; no se cuentan como sesiones.</translation>
    </message>
    <message>
        <source>Per week (week of): {0}</source>
        <translation>Por semana (semana del): {0}</translation>
    </message>
    <message>
        <source>night (0–6 h)</source>
        <translation>madrugada (0–6 h)</translation>
    </message>
    <message>
        <source>morning (6–12 h)</source>
        <translation>mañana (6–12 h)</translation>
    </message>
    <message>
        <source>afternoon (12–18 h)</source>
        <translation>tarde (12–18 h)</translation>
    </message>
    <message>
        <source>evening (18–24 h)</source>
        <translation>noche (18–24 h)</translation>
    </message>
    <message>
        <source>Time of day: {0}</source>
        <translation>Momento del día: {0}</translation>
    </message>
    <message>
        <source>Daily check-ins (ESAS-r)</source>
        <translation>Registros diarios (ESAS-r)</translation>
    </message>
    <message>
        <source>1 check-in in the period:</source>
        <translation>1 registro diario en el periodo:</translation>
    </message>
    <message>
        <source>{0}. The first and the latest in the period:</source>
        <translation>{0}. El primero y el más reciente del periodo:</translation>
    </message>
    <message>
        <source>ESAS-r item</source>
        <translation>Aspecto del ESAS-r</translation>
    </message>
    <message>
        <source>Not part of ESAS-r (0 = worst, 10 = best)</source>
        <translation>No forma parte del ESAS-r (0 = lo peor, 10 = lo mejor)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>How the music landed</source>
        <translation>Cómo sentó la música</translation>
    </message>
    <message>
        <source>After a track, the person listening (or the family) may answer how it landed. A track marked unsettled twice is no longer played unless the family chooses.</source>
        <translation>Después de una pista, la persona que escucha (o la familia) puede responder cómo le sentó. Una pista marcada dos veces con “me inquietó” deja de sonar, salvo que la familia lo decida.</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Pista</translation>
    </message>
    <message>
        <source>Calmer</source>
        <translation>Me calmó</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Unsettled</source>
        <translation>Me inquietó</translation>
    </message>
    <message numerus="yes">
        <source>%n more track(s) were answered.</source>
        <translation>
            <numerusform>Se respondió sobre %n pista más.</numerusform>
            <numerusform>Se respondió sobre %n pistas más.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <comment>an activity, then what was done: Breathing, Calm 4-6</comment>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>Marked: it holds values Companion does not write ({0})</source>
        <translation>Marcado: contiene valores que Companion no escribe ({0})</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier note(s) not shown: choose a shorter period to see them.</source>
        <translation>
            <numerusform>%n nota anterior no se muestra: elija un periodo más corto para verla.</numerusform>
            <numerusform>%n notas anteriores no se muestran: elija un periodo más corto para verlas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n registro diario</numerusform>
            <numerusform>%n registros diarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n valoración</numerusform>
            <numerusform>%n valoraciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed by 1 point or more</source>
        <translation>
            <numerusform>%n cambió 1 punto o más</numerusform>
            <numerusform>%n cambiaron 1 punto o más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>no sessions</source>
        <translation>sin sesiones</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <comment>a count, then a length: 3 sessions, 12 minutes</comment>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <comment>hours, then minutes: 1 hour 5 minutes</comment>
        <translation>{0} y {1}</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date pattern (Qt QDate): 23 Nov 2026</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date pattern (Qt QDate): 23 Nov</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>date pattern (Qt QDate): Mon 23 Nov 2025</comment>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date pattern (Qt QDate): Mon 23 Nov</comment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <comment>a day, then a time: Mon 23 Nov, 14:05</comment>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <comment>a period: 30 Sep 2026 to 23 Nov 2026</comment>
        <translation>del {0} al {1}</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Respiración</translation>
    </message>
    <message>
        <source>Guided imagery</source>
        <translation>Imaginación guiada</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Estiramientos</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Escuchar música</translation>
    </message>
    <message>
        <source>Hand massage</source>
        <translation>Masaje de manos</translation>
    </message>
    <message>
        <source>Meditation</source>
        <translation>Meditación</translation>
    </message>
    <message>
        <source>Breathless now</source>
        <translation>Me falta el aire</translation>
    </message>
    <message>
        <source>{0}, from your own pace {1} to {2}</source>
        <translation>{0}, desde su propio ritmo {1} hasta {2}</translation>
    </message>
    <message>
        <source>Bowl</source>
        <translation>Cuenco</translation>
    </message>
    <message>
        <source>Deep bowl</source>
        <translation>Cuenco grave</translation>
    </message>
    <message>
        <source>Small bowl</source>
        <translation>Cuenco pequeño</translation>
    </message>
    <message>
        <source>No bell</source>
        <translation>Sin campana</translation>
    </message>
    <message>
        <source>{0}, every {1} min</source>
        <translation>{0}, cada {1} min</translation>
    </message>
    <message>
        <source>rated by the patient</source>
        <translation>valorado por el paciente</translation>
    </message>
    <message>
        <source>rated by a family caregiver</source>
        <translation>valorado por un familiar cuidador</translation>
    </message>
    <message>
        <source>rated by a professional caregiver</source>
        <translation>valorado por un cuidador profesional</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Terminó antes</translation>
    </message>
    <message>
        <source>“{0}”</source>
        <comment>a note, quoted</comment>
        <translation>“{0}”</translation>
    </message>
    <message>
        <source>calmer</source>
        <translation>me calmó</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>unsettled</source>
        <translation>me inquietó</translation>
    </message>
    <message>
        <source>Music: {0}</source>
        <translation>Música: {0}</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Daily check-in…</source>
        <translation>Registro diario…</translation>
    </message>
    <message>
        <source>Optional: the full ESAS-r questions, once a day</source>
        <translation>Opcional: las preguntas completas del ESAS-r, una vez al día</translation>
    </message>
    <message>
        <source>Note for today…</source>
        <translation>Nota de hoy…</translation>
    </message>
    <message>
        <source>Write a note for today</source>
        <translation>Escribir una nota para hoy</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>A report for the care team (PDF) or a table (CSV)</source>
        <translation>Un informe para el equipo de cuidados (PDF) o una tabla (CSV)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Every session counts, however short. Rest days are fine.</source>
        <translation>Cada sesión cuenta, por corta que sea. Los días de descanso están bien.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Show one activity, or all of them</source>
        <translation>Mostrar una actividad, o todas</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>Todas las actividades</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Show this period (the export uses it too)</source>
        <translation>Mostrar este periodo (la exportación también lo usa)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>No sessions yet. They appear here after you breathe with Companion.</source>
        <translation>Aún no hay sesiones. Aparecen aquí después de respirar con Companion.</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>Editar la nota…</translation>
    </message>
    <message>
        <source>Write a note on the chosen session</source>
        <translation>Escribir una nota sobre la sesión elegida</translation>
    </message>
    <message>
        <source>Delete session…</source>
        <translation>Borrar la sesión…</translation>
    </message>
    <message>
        <source>Remove the chosen session</source>
        <translation>Quitar la sesión elegida</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Back to the home screen (Esc)</source>
        <translation>Volver a la pantalla de inicio (Esc)</translation>
    </message>
    <message>
        <source>History is unavailable on this computer.</source>
        <translation>El historial no está disponible en este equipo.</translation>
    </message>
    <message>
        <source>all activities</source>
        <translation>todas las actividades</translation>
    </message>
    <message>
        <source>{0}, {1}: {2}, on {3}.</source>
        <translation>{0}, {1}: {2}, en {3}.</translation>
    </message>
    <message>
        <source>{0}, {1}: no sessions.</source>
        <translation>{0}, {1}: sin sesiones.</translation>
    </message>
    <message>
        <source>{0}, newest first.</source>
        <translation>{0}, de la más reciente a la más antigua.</translation>
    </message>
    <message>
        <source>No sessions in this period. Choose a longer period or all activities.</source>
        <translation>No hay sesiones en este periodo. Elija un periodo más largo o todas las actividades.</translation>
    </message>
    <message>
        <source>Last 7 days: {0}. The 7 days before: {1}.</source>
        <translation>Últimos 7 días: {0}. Los 7 días anteriores: {1}.</translation>
    </message>
    <message>
        <source>Today&apos;s check-in is saved; you can change it.</source>
        <translation>El registro de hoy está guardado; puede cambiarlo.</translation>
    </message>
    <message>
        <source>A daily check-in is there whenever you want it.</source>
        <translation>Tiene un registro diario disponible siempre que lo quiera.</translation>
    </message>
    <message>
        <source>Note on this session</source>
        <translation>Nota sobre esta sesión</translation>
    </message>
    <message>
        <source>Note for today</source>
        <translation>Nota de hoy</translation>
    </message>
    <message>
        <source>Delete this session?</source>
        <translation>¿Borrar esta sesión?</translation>
    </message>
    <message>
        <source>The session of {0}, its ratings and its note will be removed.</source>
        <translation>Se quitarán la sesión del {0}, sus valoraciones y su nota.</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Borrar la sesión</translation>
    </message>
    <message>
        <source>The session of {0} was deleted.</source>
        <translation>Se borró la sesión del {0}.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Good morning</source>
        <translation>Buenos días</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation>Buenas tardes</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>Buenas noches</translation>
    </message>
    <message>
        <source>Breathless now</source>
        <translation>Me falta el aire</translation>
    </message>
    <message>
        <source>Help in an attack of breathlessness · F2</source>
        <translation>Ayuda en una crisis de falta de aire · F2</translation>
    </message>
    <message>
        <source>Opens at once, one step at a time: a position, the fan, breathing out, the care team&apos;s plan</source>
        <translation>Se abre enseguida, paso a paso: una postura, el ventilador, soltar el aire, el plan del equipo de cuidados</translation>
    </message>
    <message>
        <source>Help (F1)</source>
        <translation>Ayuda (F1)</translation>
    </message>
    <message>
        <source>Questions and answers, keyboard keys, your data</source>
        <translation>Preguntas y respuestas, teclas, sus datos</translation>
    </message>
    <message>
        <source>Breathe now</source>
        <translation>Respirar ahora</translation>
    </message>
    <message>
        <source>Start paced breathing now, as last time; change it on the session</source>
        <translation>Empezar ahora la respiración guiada, como la última vez; se cambia en la sesión</translation>
    </message>
    <message>
        <source>Play calming music</source>
        <translation>Poner música tranquila</translation>
    </message>
    <message>
        <source>Soft sounds fade in</source>
        <translation>Sonidos suaves que entran poco a poco</translation>
    </message>
    <message>
        <source>Start the Calm playlist now, fading in gently</source>
        <translation>Empezar ahora la lista Calma, que entra con suavidad</translation>
    </message>
    <message>
        <source>Imagine</source>
        <translation>Imaginar</translation>
    </message>
    <message>
        <source>A calm voice reads a peaceful scene</source>
        <translation>Una voz tranquila lee una escena serena</translation>
    </message>
    <message>
        <source>Listen to spoken guided imagery: a warm light, a garden, the beach</source>
        <translation>Escuchar imaginación guiada hablada: una luz cálida, un jardín, la playa</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Escuchar</translation>
    </message>
    <message>
        <source>Calming sounds and your own music</source>
        <translation>Sonidos tranquilos y su propia música</translation>
    </message>
    <message>
        <source>Playlists, the player and the sleep timer</source>
        <translation>Listas de reproducción, el reproductor y el temporizador de apagado</translation>
    </message>
    <message>
        <source>Stretch &amp; massage</source>
        <translation>Estiramientos y masaje</translation>
    </message>
    <message>
        <source>Gentle movements; a hand massage for carers</source>
        <translation>Movimientos suaves; un masaje de manos para cuidadores</translation>
    </message>
    <message>
        <source>Seated stretches paced to the breath, and a caregiver&apos;s hand massage</source>
        <translation>Estiramientos sentados al ritmo de la respiración, y un masaje de manos que da el cuidador</translation>
    </message>
    <message>
        <source>Quiet time</source>
        <translation>Momento de calma</translation>
    </message>
    <message>
        <source>Soft bells and stillness</source>
        <translation>Campanas suaves y quietud</translation>
    </message>
    <message>
        <source>Begin a quiet time with soft bells now, as last time; change it there</source>
        <translation>Empezar ahora un momento de calma con campanas suaves, como la última vez; se cambia allí</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>The other activities, History and Settings</source>
        <translation>Las otras actividades, el Historial y los Ajustes</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>See past sessions and export them</source>
        <translation>Ver sesiones anteriores y exportarlas</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Theme, text size, motion and reminders</source>
        <translation>Tema, tamaño del texto, movimiento y recordatorios</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Plan de cuidados</translation>
    </message>
    <message>
        <source>What the care team approves, and their suggestion</source>
        <translation>Lo que aprueba el equipo de cuidados, y su sugerencia</translation>
    </message>
    <message>
        <source>Companion guides and records; it is not a replacement for your care team. Ask them before starting.</source>
        <translation>Companion le guía y toma nota; no sustituye a su equipo de cuidados. Consúltelo antes de empezar.</translation>
    </message>
    <message>
        <source>Fewer</source>
        <translation>Menos</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>as long as you like</source>
        <translation>el tiempo que quiera</translation>
    </message>
    <message>
        <source>soft bells</source>
        <translation>campanas suaves</translation>
    </message>
    <message>
        <source>no bell</source>
        <translation>sin campana</translation>
    </message>
    <message>
        <source>sound</source>
        <translation>con sonido</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>sin sonido</translation>
    </message>
    <message>
        <source>from your own pace</source>
        <translation>desde su propio ritmo</translation>
    </message>
    <message>
        <source>Playing</source>
        <translation>Sonando</translation>
    </message>
</context>
<context>
    <name>HomePlan</name>
    <message>
        <source>Today&apos;s suggestion from your care team</source>
        <translation>La sugerencia de hoy de su equipo de cuidados</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Begin today&apos;s suggestion now</source>
        <translation>Empezar ahora la sugerencia de hoy</translation>
    </message>
    <message>
        <source>Care plan…</source>
        <translation>Plan de cuidados…</translation>
    </message>
    <message>
        <source>What the care team approves, and their notes</source>
        <translation>Lo que aprueba el equipo de cuidados, y sus notas</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Start today&apos;s suggestion: {0}</source>
        <translation>Empezar la sugerencia de hoy: {0}</translation>
    </message>
    <message>
        <source>Left off Home by your care plan: {0}.</source>
        <translation>Su plan de cuidados lo quita del Inicio: {0}.</translation>
    </message>
    <message>
        <source>Not approved by your care team: {0}</source>
        <translation>No lo ha aprobado su equipo de cuidados: {0}</translation>
    </message>
</context>
<context>
    <name>Imagine</name>
    <message>
        <source>English</source>
        <comment>a script&apos;s language</comment>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <comment>a script&apos;s language</comment>
        <translation>Español</translation>
    </message>
    <message>
        <source>German</source>
        <comment>a script&apos;s language</comment>
        <translation>Alemán</translation>
    </message>
</context>
<context>
    <name>ImagineChooser</name>
    <message>
        <source>Imagine</source>
        <translation>Imaginar</translation>
    </message>
    <message>
        <source>A calm voice reads a short guided imagery script, with the words on screen. Listen with your eyes open or closed; there is nothing to do.</source>
        <translation>Una voz tranquila lee un breve texto de imaginación guiada, con las palabras en la pantalla. Escuche con los ojos abiertos o cerrados; no tiene que hacer nada.</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>Textos</translation>
    </message>
    <message>
        <source>Choose a script, then press Play</source>
        <translation>Elija un texto y luego pulse Reproducir</translation>
    </message>
    <message>
        <source>Write a new one</source>
        <translation>Escribir uno nuevo</translation>
    </message>
    <message>
        <source>Open the editor</source>
        <translation>Abrir el editor</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Change your own script</source>
        <translation>Cambiar su propio texto</translation>
    </message>
    <message>
        <source>Make my own copy</source>
        <translation>Hacer mi propia copia</translation>
    </message>
    <message>
        <source>Copy this script to personalise it with favourite places and people</source>
        <translation>Copiar este texto para personalizarlo con sus lugares y personas favoritos</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Add a script from a text file</source>
        <translation>Añadir un texto desde un archivo de texto</translation>
    </message>
    <message>
        <source>Record in your voice</source>
        <translation>Grabar con su voz</translation>
    </message>
    <message>
        <source>A loved one reads this script aloud, line by line</source>
        <translation>Un ser querido lee este texto en voz alta, frase a frase</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>How fast the voice speaks</source>
        <translation>Lo rápido que habla la voz</translation>
    </message>
    <message>
        <source>Use this voice and pace for this script only</source>
        <translation>Usar esta voz y esta velocidad solo para este texto</translation>
    </message>
    <message>
        <source>Otherwise they apply to every script</source>
        <translation>Si no, se aplican a todos los textos</translation>
    </message>
    <message>
        <source>Soft background sound</source>
        <translation>Sonido de fondo suave</translation>
    </message>
    <message>
        <source>A quiet soundscape under the voice</source>
        <translation>Un paisaje sonoro tranquilo bajo la voz</translation>
    </message>
    <message>
        <source>Background sound</source>
        <translation>Sonido de fondo</translation>
    </message>
    <message>
        <source>Voice and sound…</source>
        <translation>Voz y sonido…</translation>
    </message>
    <message>
        <source>The voice, its pace and the soft background</source>
        <translation>La voz, su velocidad y el fondo suave</translation>
    </message>
    <message>
        <source>(yours)</source>
        <translation>(suyo)</translation>
    </message>
    <message>
        <source>Some scripts could not be used:</source>
        <translation>Algunos textos no se pudieron usar:</translation>
    </message>
    <message>
        <source>The words will still appear on screen, at a calm pace.</source>
        <translation>Las palabras seguirán apareciendo en la pantalla, a un ritmo tranquilo.</translation>
    </message>
    <message>
        <source>The script&apos;s own pace ({0} words a minute)</source>
        <translation>La velocidad propia del texto ({0} palabras por minuto)</translation>
    </message>
    <message>
        <source>{0} words a minute</source>
        <translation>{0} palabras por minuto</translation>
    </message>
</context>
<context>
    <name>ImaginePage</name>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Read the chosen script aloud (Space)</source>
        <translation>Leer en voz alta el texto elegido (Espacio)</translation>
    </message>
    <message>
        <source>Listen again</source>
        <translation>Escuchar otra vez</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Subtítulo</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>How loud the voice is. The mark is level with the music.</source>
        <translation>Qué volumen tiene la voz. La marca está al nivel de la música.</translation>
    </message>
    <message>
        <source>Say that again</source>
        <translation>Repetir eso</translation>
    </message>
    <message>
        <source>Start the current sentence again</source>
        <translation>Volver a empezar la frase actual</translation>
    </message>
    <message>
        <source>There is no script called “{0}”.</source>
        <translation>No hay ningún texto llamado “{0}”.</translation>
    </message>
    <message>
        <source>The background sound cannot be played.</source>
        <translation>No se puede reproducir el sonido de fondo.</translation>
    </message>
    <message>
        <source>about {0} left</source>
        <translation>quedan unos {0}</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Tome aire</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Suelte el aire</translation>
    </message>
    <message>
        <source>{0}  ·  breath {1} of {2}</source>
        <translation>{0}  ·  respiración {1} de {2}</translation>
    </message>
    <message>
        <source>That is the end of the script</source>
        <translation>Aquí termina el texto</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>{0}    Time: {1}</source>
        <translation>{0}    Tiempo: {1}</translation>
    </message>
    <message>
        <source>Rest here for as long as you like.</source>
        <translation>Descanse aquí todo el tiempo que quiera.</translation>
    </message>
    <message>
        <source>Playing: “{0}” ({1:.1f} s)</source>
        <translation>Sonando: “{0}” ({1:.1f} s)</translation>
    </message>
    <message>
        <source>Breathe with me</source>
        <translation>Respire conmigo</translation>
    </message>
    <message>
        <source>(a quiet moment)</source>
        <translation>(un momento de calma)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>{0} The words appear on screen at a calm pace instead.</source>
        <translation>{0} En su lugar, las palabras aparecen en la pantalla a un ritmo tranquilo.</translation>
    </message>
    <message>
        <source>Fix the script first (see the line shown), then record it.</source>
        <translation>Primero corrija el texto (vea la línea que se muestra) y después grábelo.</translation>
    </message>
    <message>
        <source>Edit your script</source>
        <translation>Editar su texto</translation>
    </message>
    <message>
        <source>Make it your own</source>
        <translation>Hacerlo suyo</translation>
    </message>
    <message>
        <source>Imported script</source>
        <translation>Texto importado</translation>
    </message>
    <message>
        <source>Import a script</source>
        <translation>Importar un texto</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Archivos de texto (*.txt);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>LevelSlider</name>
    <message>
        <source>quieter</source>
        <translation>más bajo</translation>
    </message>
    <message>
        <source>louder</source>
        <translation>más alto</translation>
    </message>
</context>
<context>
    <name>ListenPage</name>
    <message>
        <source>This is not a sound file Companion can read.</source>
        <translation>Este no es un archivo de sonido que Companion pueda leer.</translation>
    </message>
    <message>
        <source>The file looks damaged or is not really a sound file.</source>
        <translation>El archivo parece dañado o no es realmente un archivo de sonido.</translation>
    </message>
    <message>
        <source>not a music file Companion plays</source>
        <translation>no es un archivo de música que Companion reproduzca</translation>
    </message>
    <message>
        <source>Name the new playlist</source>
        <translation>Ponga nombre a la lista nueva</translation>
    </message>
    <message>
        <source>Name of the playlist:</source>
        <translation>Nombre de la lista:</translation>
    </message>
    <message>
        <source>Create playlist</source>
        <translation>Crear la lista</translation>
    </message>
    <message>
        <source>Rename the playlist</source>
        <translation>Cambiar el nombre de la lista</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar el nombre</translation>
    </message>
    <message>
        <source>Delete this playlist?</source>
        <translation>¿Borrar esta lista de reproducción?</translation>
    </message>
    <message>
        <source>Delete the playlist “{0}”? The music files themselves are kept.</source>
        <translation>¿Borrar la lista “{0}”? Los archivos de música se conservan.</translation>
    </message>
    <message>
        <source>Delete playlist</source>
        <translation>Borrar la lista</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <source>The playlist “{0}” was deleted.</source>
        <translation>Se borró la lista “{0}”.</translation>
    </message>
    <message>
        <source>Make my own copy</source>
        <translation>Hacer mi propia copia</translation>
    </message>
    <message>
        <source>Name of your copy:</source>
        <translation>Nombre de su copia:</translation>
    </message>
    <message>
        <source>My {0}</source>
        <translation>Mi {0}</translation>
    </message>
    <message>
        <source>Make the copy</source>
        <translation>Hacer la copia</translation>
    </message>
    <message>
        <source>Add music</source>
        <translation>Añadir música</translation>
    </message>
    <message>
        <source>Music ({0})</source>
        <translation>Música ({0})</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Añadir una carpeta</translation>
    </message>
    <message>
        <source>Make your own copy of this playlist to add music.</source>
        <translation>Haga su propia copia de esta lista para añadir música.</translation>
    </message>
    <message>
        <source>Reading the music files…</source>
        <translation>Leyendo los archivos de música…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were not added: {0}</source>
        <translation>
            <numerusform>No se añadió %n archivo: {0}</numerusform>
            <numerusform>No se añadieron %n archivos: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n track(s) from {0} into “{1}”.</source>
        <translation>
            <numerusform>Se importó %n pista de {0} en «{1}».</numerusform>
            <numerusform>Se importaron %n pistas de {0} en «{1}».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be used (line {0}: {1}).</source>
        <translation>
            <numerusform>No se pudo usar %n línea (línea {0}: {1}).</numerusform>
            <numerusform>No se pudieron usar %n líneas (línea {0}: {1}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: %n track(s) · {1}</source>
        <translation>
            <numerusform>{0}: %n pista · {1}</numerusform>
            <numerusform>{0}: %n pistas · {1}</numerusform>
        </translation>
    </message>
    <message>
        <source> and {0} more</source>
        <translation> y {0} más</translation>
    </message>
    <message>
        <source>{0}. {1}</source>
        <translation>{0}. {1}</translation>
    </message>
    <message>
        <source>The music could not be read ({0}).</source>
        <translation>No se pudo leer la música ({0}).</translation>
    </message>
    <message>
        <source>Where is “{0}” now?</source>
        <translation>¿Dónde está ahora “{0}”?</translation>
    </message>
    <message>
        <source>Import a playlist</source>
        <translation>Importar una lista de reproducción</translation>
    </message>
    <message>
        <source>Playlists (*.m3u *.m3u8)</source>
        <translation>Listas de reproducción (*.m3u *.m3u8)</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importada</translation>
    </message>
    <message>
        <source>{0} of the files could not be found (line {1}: {2}); they are kept and marked missing.</source>
        <translation>No se encontraron {0} de los archivos (línea {1}: {2}); se conservan, marcados como no encontrados.</translation>
    </message>
    <message>
        <source>Export the playlist</source>
        <translation>Exportar la lista de reproducción</translation>
    </message>
    <message>
        <source>Playlists (*.m3u8 *.m3u)</source>
        <translation>Listas de reproducción (*.m3u8 *.m3u)</translation>
    </message>
    <message>
        <source>Saved “{0}” as {1}.</source>
        <translation>Se guardó “{0}” como {1}.</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Escuchar</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Back to the home screen</source>
        <translation>Volver a la pantalla de inicio</translation>
    </message>
    <message>
        <source>No playlist chosen</source>
        <translation>No hay ninguna lista elegida</translation>
    </message>
    <message>
        <source> · {0} missing or cannot play (skipped)</source>
        <translation> · {0} no se encuentran o no se pueden reproducir (se saltan)</translation>
    </message>
    <message>
        <source> · {0} marked unsettled twice (left out)</source>
        <translation> · {0} marcadas dos veces con “me inquietó” (se dejan fuera)</translation>
    </message>
    <message>
        <source>The file could not be found: {0}</source>
        <translation>No se encontró el archivo: {0}</translation>
    </message>
    <message>
        <source>Playlists are unavailable: the history file could not be opened.</source>
        <translation>Las listas de reproducción no están disponibles: no se pudo abrir el archivo del historial.</translation>
    </message>
    <message>
        <source>This playlist is empty: add some music first.</source>
        <translation>Esta lista está vacía: añada antes algo de música.</translation>
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
        <translation>Imagen del masaje</translation>
    </message>
</context>
<context>
    <name>MassagePage</name>
    <message>
        <source>Begin the guided massage</source>
        <translation>Empezar el masaje guiado</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Volver al principio</translation>
    </message>
    <message>
        <source>Gentle hand massage</source>
        <translation>Masaje suave de manos</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Who is giving the massage?</source>
        <translation>¿Quién da el masaje?</translation>
    </message>
    <message>
        <source>Family member or friend</source>
        <translation>Un familiar o un amigo</translation>
    </message>
    <message>
        <source>Carer or nurse</source>
        <translation>Un cuidador o una enfermera</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <source>These answers are in the care plan since {0}. Please check they are still right.</source>
        <translation>Estas respuestas están en el plan de cuidados desde el {0}. Compruebe que siguen siendo correctas.</translation>
    </message>
    <message>
        <source>Please answer each question. If you are not sure, say so.</source>
        <translation>Responda a cada pregunta. Si tiene dudas, dígalo.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>No lo sé</translation>
    </message>
    <message>
        <source>Include the forearms (if welcome)</source>
        <translation>Incluir los antebrazos (si le agrada)</translation>
    </message>
    <message>
        <source>Two optional steps</source>
        <translation>Dos pasos opcionales</translation>
    </message>
    <message>
        <source>The steps you will be guided through</source>
        <translation>Los pasos en los que se le guiará</translation>
    </message>
    <message>
        <source>first hand</source>
        <translation>la primera mano</translation>
    </message>
    <message>
        <source>second hand</source>
        <translation>la otra mano</translation>
    </message>
    <message>
        <source>Please do not start a massage now.</source>
        <translation>Por favor, no empiece un masaje ahora.</translation>
    </message>
    <message>
        <source>Ask the care team first. Simply being together is enough today.</source>
        <translation>Consulte antes al equipo de cuidados. Hoy basta con estar juntos.</translation>
    </message>
    <message>
        <source>Please take care:</source>
        <translation>Tenga cuidado con esto:</translation>
    </message>
    <message>
        <source>If you are unsure about any of this, ask the care team before starting.</source>
        <translation>Si tiene dudas sobre algo de esto, consulte al equipo de cuidados antes de empezar.</translation>
    </message>
    <message>
        <source>Nothing to avoid from these questions. Begin when you are both ready.</source>
        <translation>Según estas preguntas, no hay nada que evitar. Empiecen cuando los dos estén listos.</translation>
    </message>
    <message>
        <source>Answer every question to begin.</source>
        <translation>Responda a todas las preguntas para empezar.</translation>
    </message>
    <message>
        <source>Not with the lighter touch these answers ask for</source>
        <translation>No con el toque más ligero que piden estas respuestas</translation>
    </message>
    <message>
        <source>What you will do ({0}): {1}.</source>
        <translation>Lo que hará ({0}): {1}.</translation>
    </message>
    <message>
        <source>The steps between are given to each hand in turn.</source>
        <translation>Los pasos intermedios se dan en cada mano por turnos.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>The steps below use a still, resting touch only.</source>
        <translation>Los pasos siguientes usan solo un toque quieto, en reposo.</translation>
    </message>
    <message>
        <source>The steps below use a feather-light touch and leave every joint still.</source>
        <translation>Los pasos siguientes usan un toque ligero como una pluma y no mueven ninguna articulación.</translation>
    </message>
    <message>
        <source>They are for one hand only.</source>
        <translation>Son para una sola mano.</translation>
    </message>
    <message>
        <source>Each step reminds you what to keep clear of.</source>
        <translation>Cada paso le recuerda qué zonas evitar.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Recent days: {0}</source>
        <translation>Últimos días: {0}</translation>
    </message>
    <message>
        <source>Some people find that three days in a row works well. Any day is fine.</source>
        <translation>A algunas personas les va bien hacerlo tres días seguidos. Cualquier día está bien.</translation>
    </message>
    <message>
        <source>Massage given on {0} of the last 3 days</source>
        <translation>Masaje dado en {0} de los últimos 3 días</translation>
    </message>
    <message>
        <source>Keep in mind</source>
        <translation>Tenga en cuenta</translation>
    </message>
    <message>
        <source>Keep your touch light. Stop if anything is uncomfortable.</source>
        <translation>Que el toque sea ligero. Pare si algo resulta incómodo.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>The step before</source>
        <translation>El paso anterior</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <source>Go on to the next step</source>
        <translation>Pasar al paso siguiente</translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>Paso {0} de {1}</translation>
    </message>
    <message>
        <source>{0} left in all</source>
        <translation>Quedan {0} en total</translation>
    </message>
    <message>
        <source>Massage complete</source>
        <translation>Masaje terminado</translation>
    </message>
    <message>
        <source>Massage stopped</source>
        <translation>Masaje detenido</translation>
    </message>
    <message>
        <source>Time: {0}. Rest together for a while if that feels right.</source>
        <translation>Tiempo: {0}. Descansen juntos un rato, si les apetece.</translation>
    </message>
</context>
<context>
    <name>MeditationPage</name>
    <message>
        <source>Begin the quiet time (Space)</source>
        <translation>Empezar el momento de calma (Espacio)</translation>
    </message>
    <message>
        <source>Sit again</source>
        <translation>Otra vez</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Show or hide the time left</source>
        <translation>Mostrar u ocultar el tiempo restante</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Stop and choose another length or bell</source>
        <translation>Parar y elegir otra duración u otra campana</translation>
    </message>
    <message>
        <source>{0}, every {1} min</source>
        <translation>{0}, cada {1} min</translation>
    </message>
    <message>
        <source>Quiet time · {0}</source>
        <translation>Momento de calma · {0}</translation>
    </message>
    <message>
        <source>Sit for as long as you like. Stop (Esc) when you are ready</source>
        <translation>Quédese el tiempo que quiera. Pulse Detener (Esc) cuando quiera terminar</translation>
    </message>
    <message>
        <source>; a bell will close the time.</source>
        <translation>; una campana cerrará el momento.</translation>
    </message>
    <message>
        <source>Rest. A bell will ring when the time is up.</source>
        <translation>Descanse. Sonará una campana cuando termine el tiempo.</translation>
    </message>
    <message>
        <source>Rest. The screen will say when the time is up.</source>
        <translation>Descanse. La pantalla le dirá cuándo termina el tiempo.</translation>
    </message>
    <message>
        <source>Time so far</source>
        <translation>Tiempo hasta ahora</translation>
    </message>
    <message>
        <source>Your quiet time is complete</source>
        <translation>Su momento de calma ha terminado</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Time: {0}</source>
        <translation>Tiempo: {0}</translation>
    </message>
    <message>
        <source>Hide the time</source>
        <translation>Ocultar el tiempo</translation>
    </message>
    <message>
        <source>Show the time</source>
        <translation>Mostrar el tiempo</translation>
    </message>
</context>
<context>
    <name>MeditationSetup</name>
    <message>
        <source>Bowl</source>
        <translation>Cuenco</translation>
    </message>
    <message>
        <source>Deep bowl</source>
        <translation>Cuenco grave</translation>
    </message>
    <message>
        <source>Small bowl</source>
        <translation>Cuenco pequeño</translation>
    </message>
    <message>
        <source>No bell</source>
        <translation>Sin campana</translation>
    </message>
    <message>
        <source>Quiet time</source>
        <translation>Momento de calma</translation>
    </message>
    <message>
        <source>Sit or lie quietly for as long as you choose. A soft bell begins the time and ends it; nothing else asks anything of you.</source>
        <translation>Siéntese o túmbese en calma el tiempo que elija. Una campana suave abre el momento y lo cierra; nada más le pide nada.</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>As long as I like</source>
        <translation>El tiempo que quiera</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Bell</source>
        <translation>Campana</translation>
    </message>
    <message>
        <source>Hear the bell</source>
        <translation>Oír la campana</translation>
    </message>
    <message>
        <source>Ring the chosen bell once, to set the volume</source>
        <translation>Tocar una vez la campana elegida, para ajustar el volumen</translation>
    </message>
    <message>
        <source>Every {0} min</source>
        <translation>Cada {0} min</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Bells in between</source>
        <translation>Campanas intermedias</translation>
    </message>
    <message>
        <source>Silence</source>
        <translation>Silencio</translation>
    </message>
    <message>
        <source>Under the quiet</source>
        <translation>Bajo la calma</translation>
    </message>
    <message>
        <source>Show the time left</source>
        <translation>Mostrar el tiempo restante</translation>
    </message>
    <message>
        <source>You can hide it during the quiet time too</source>
        <translation>También puede ocultarlo durante el momento de calma</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Sound is still starting.</source>
        <translation>El sonido todavía se está iniciando.</translation>
    </message>
    <message>
        <source>Sound is off: the sound library is missing.</source>
        <translation>El sonido está desactivado: falta la biblioteca de sonido.</translation>
    </message>
    <message>
        <source>Sound is off: no sound device was found.</source>
        <translation>El sonido está desactivado: no se encontró ningún dispositivo de sonido.</translation>
    </message>
    <message>
        <source>Sound is off: the sound device went away and could not be reopened.</source>
        <translation>El sonido está desactivado: el dispositivo de sonido desapareció y no se pudo volver a abrir.</translation>
    </message>
    <message>
        <source>Spoken cues are unavailable on this computer; the soft tones play instead.</source>
        <translation>Las indicaciones habladas no están disponibles en este equipo; en su lugar suenan los tonos suaves.</translation>
    </message>
    <message>
        <source>Sound is off.</source>
        <translation>El sonido está desactivado.</translation>
    </message>
    <message>
        <source>This passage is too long to be spoken in one piece, so it is shown as words.</source>
        <translation>Este fragmento es demasiado largo para decirlo de una vez, así que se muestra en palabras.</translation>
    </message>
    <message>
        <source>Speaking this passage took too long, so it is shown as words.</source>
        <translation>Decir este fragmento tardaba demasiado, así que se muestra en palabras.</translation>
    </message>
    <message>
        <source>This passage could not be spoken, so it is shown as words.</source>
        <translation>Este fragmento no se pudo decir en voz alta, así que se muestra en palabras.</translation>
    </message>
    <message>
        <source>The file “{0}” could not be found.</source>
        <translation>No se encontró el archivo “{0}”.</translation>
    </message>
    <message>
        <source>“{0}” is a folder, not a music file.</source>
        <translation>“{0}” es una carpeta, no un archivo de música.</translation>
    </message>
    <message>
        <source>“{0}” is not an ordinary file (a device or a pipe), not a music file.</source>
        <translation>“{0}” no es un archivo normal (es un dispositivo o una tubería), no es un archivo de música.</translation>
    </message>
    <message>
        <source>The file “{0}” cannot be played: it is damaged or not a sound format Companion knows (WAV, OGG, MP3, FLAC).</source>
        <translation>No se puede reproducir el archivo “{0}”: está dañado o no es un formato de sonido que Companion conozca (WAV, OGG, MP3, FLAC).</translation>
    </message>
    <message>
        <source>Spoken guidance is not available: no speech engine was found on this computer.</source>
        <translation>La guía hablada no está disponible: no se encontró ningún motor de voz en este equipo.</translation>
    </message>
    <message>
        <source>Spoken guidance is not available: the speech engine could not start.</source>
        <translation>La guía hablada no está disponible: el motor de voz no pudo arrancar.</translation>
    </message>
    <message>
        <source>Spoken guidance is not available: the speech engine did not respond.</source>
        <translation>La guía hablada no está disponible: el motor de voz no respondió.</translation>
    </message>
    <message>
        <source>Spoken guidance has been switched off because the speech engine kept failing.</source>
        <translation>La guía hablada se ha desactivado porque el motor de voz fallaba una y otra vez.</translation>
    </message>
    <message>
        <source>Speaking took too long and was stopped. Please try again.</source>
        <translation>Hablar tardaba demasiado y se detuvo. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This passage could not be turned into speech.</source>
        <translation>Este fragmento no se pudo convertir en voz.</translation>
    </message>
    <message>
        <source>This passage is too long to be spoken in one piece; it is shown as words instead.</source>
        <translation>Este fragmento es demasiado largo para decirlo de una vez; en su lugar se muestra en palabras.</translation>
    </message>
    <message>
        <source>Spoken guidance is not available: the speech files cannot be stored.</source>
        <translation>La guía hablada no está disponible: no se pueden guardar los archivos de voz.</translation>
    </message>
    <message>
        <source>Spoken guidance has been switched off.</source>
        <translation>La guía hablada se ha desactivado.</translation>
    </message>
    <message>
        <source>The natural voice is not installed on this computer, so the standard voice speaks instead.</source>
        <translation>La voz natural no está instalada en este equipo, así que en su lugar habla la voz estándar.</translation>
    </message>
    <message>
        <source>The natural voice could not start, so the standard voice speaks instead.</source>
        <translation>La voz natural no pudo arrancar, así que en su lugar habla la voz estándar.</translation>
    </message>
    <message>
        <source>Spoken guidance is not available.</source>
        <translation>La guía hablada no está disponible.</translation>
    </message>
    <message>
        <source>The voice file could not be found.</source>
        <translation>No se encontró el archivo de la voz.</translation>
    </message>
    <message>
        <source>That is not a voice file (it is a folder or a device).</source>
        <translation>Eso no es un archivo de voz (es una carpeta o un dispositivo).</translation>
    </message>
    <message>
        <source>That file is not the size of a voice (a Piper voice is 1 to 200 MB).</source>
        <translation>Ese archivo no tiene el tamaño de una voz (una voz de Piper ocupa de 1 a 200 MB).</translation>
    </message>
    <message>
        <source>The voice&apos;s settings file is missing: keep the .onnx.json file beside the .onnx file, with the same name.</source>
        <translation>Falta el archivo de ajustes de la voz: deje el archivo .onnx.json junto al archivo .onnx, con el mismo nombre.</translation>
    </message>
    <message>
        <source>The voice&apos;s settings (.onnx.json) are not a file.</source>
        <translation>Los ajustes de la voz (.onnx.json) no son un archivo.</translation>
    </message>
    <message>
        <source>The voice&apos;s settings file (.onnx.json) is too large.</source>
        <translation>El archivo de ajustes de la voz (.onnx.json) es demasiado grande.</translation>
    </message>
    <message>
        <source>The voice&apos;s settings file (.onnx.json) is damaged or is not a Piper voice&apos;s.</source>
        <translation>El archivo de ajustes de la voz (.onnx.json) está dañado o no es de una voz de Piper.</translation>
    </message>
    <message>
        <source>The voice&apos;s settings file (.onnx.json) lacks what Piper needs to speak.</source>
        <translation>Al archivo de ajustes de la voz (.onnx.json) le falta lo que Piper necesita para hablar.</translation>
    </message>
    <message>
        <source>This voice needs more than Companion carries (only voices that use espeak-ng phonemes can be added).</source>
        <translation>Esta voz necesita más de lo que lleva Companion (solo se pueden añadir voces que usan fonemas de espeak-ng).</translation>
    </message>
    <message>
        <source>The voice did not load: the file is damaged or not a voice.</source>
        <translation>La voz no se cargó: el archivo está dañado o no es una voz.</translation>
    </message>
    <message>
        <source>The natural voice engine is not installed on this computer.</source>
        <translation>El motor de la voz natural no está instalado en este equipo.</translation>
    </message>
    <message>
        <source>You already have a voice with this name.</source>
        <translation>Ya tiene una voz con este nombre.</translation>
    </message>
    <message>
        <source>The voice could not be copied into Companion&apos;s folder.</source>
        <translation>No se pudo copiar la voz a la carpeta de Companion.</translation>
    </message>
    <message>
        <source>The voice loaded, but said nothing.</source>
        <translation>La voz se cargó, pero no dijo nada.</translation>
    </message>
    <message>
        <source>This voice cannot be used.</source>
        <translation>Esta voz no se puede usar.</translation>
    </message>
    <message>
        <source>No microphone was found, so nothing can be recorded. Everything else works as usual: lines without a recording are read by the voice you chose.</source>
        <translation>No se encontró ningún micrófono, así que no se puede grabar nada. Todo lo demás funciona como siempre: las líneas sin grabación las lee la voz que eligió.</translation>
    </message>
    <message>
        <source>Recording is not available: the sound library is missing.</source>
        <translation>La grabación no está disponible: falta la biblioteca de sonido.</translation>
    </message>
    <message>
        <source>Nothing was heard. Check that the microphone is on and not muted, then try again.</source>
        <translation>No se oyó nada. Compruebe que el micrófono está encendido y no silenciado, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Recordings are kept with your history, which cannot be opened right now, so nothing can be recorded.</source>
        <translation>Las grabaciones se guardan con su historial, que ahora no se puede abrir, así que no se puede grabar nada.</translation>
    </message>
    <message>
        <source>The recording did not work. Please try again.</source>
        <translation>La grabación no funcionó. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The breathing circle and words still guide you.</source>
        <translation>El círculo de respiración y las palabras le siguen guiando.</translation>
    </message>
    <message>
        <source>Nothing in “{0}” can be played right now.</source>
        <translation>Ahora mismo no se puede reproducir nada de “{0}”.</translation>
    </message>
    <message>
        <source>There is no playlist called “{0}”.</source>
        <translation>No hay ninguna lista de reproducción llamada “{0}”.</translation>
    </message>
    <message>
        <source>The breathlessness plan could not be read, so it is empty for now. The old file is kept as {0}. Please write the plan again with the care team.</source>
        <translation>No se pudo leer el plan para la falta de aire, así que de momento está vacío. El archivo antiguo se conserva como {0}. Vuelva a escribir el plan con el equipo de cuidados.</translation>
    </message>
    <message>
        <source>The breathlessness plan could not be read on this computer. Please write it again with the care team.</source>
        <translation>No se pudo leer el plan para la falta de aire en este equipo. Vuelva a escribirlo con el equipo de cuidados.</translation>
    </message>
    <message>
        <source>Part of the breathlessness plan could not be read and was left empty. Please check the plan with the care team.</source>
        <translation>Una parte del plan para la falta de aire no se pudo leer y se ha dejado vacía. Revise el plan con el equipo de cuidados.</translation>
    </message>
    <message>
        <source>It was skipped.</source>
        <translation>Se ha saltado.</translation>
    </message>
    <message>
        <source>The observer&apos;s rating could not be saved ({0}).</source>
        <translation>No se pudo guardar la valoración del observador ({0}).</translation>
    </message>
    <message>
        <source>History is unavailable, so the observer&apos;s rating could not be kept.</source>
        <translation>El historial no está disponible, así que no se pudo guardar la valoración del observador.</translation>
    </message>
    <message>
        <source>Something went wrong ({0}).</source>
        <translation>Algo salió mal ({0}).</translation>
    </message>
    <message>
        <source>The disk is full, so history could not be saved. Free some space.</source>
        <translation>El disco está lleno, así que no se pudo guardar el historial. Libere algo de espacio.</translation>
    </message>
    <message>
        <source>History is busy in another program or window of Companion; try again in a moment.</source>
        <translation>El historial está en uso en otro programa u otra ventana de Companion; vuelva a intentarlo dentro de un momento.</translation>
    </message>
    <message>
        <source>History is read-only here, so sessions cannot be saved.</source>
        <translation>Aquí el historial es de solo lectura, así que no se pueden guardar las sesiones.</translation>
    </message>
    <message>
        <source>Companion is not allowed to open its history file; check the file&apos;s permissions.</source>
        <translation>Companion no tiene permiso para abrir su archivo de historial; revise los permisos del archivo.</translation>
    </message>
    <message>
        <source>Part of your history file is damaged, so it could not be read or saved. Sessions still run; if you have a backup, History → Restore… brings it back.</source>
        <translation>Una parte de su archivo de historial está dañada, así que no se pudo leer ni guardar. Las sesiones siguen funcionando; si tiene una copia de seguridad, Historial → Recuperar… la trae de vuelta.</translation>
    </message>
    <message>
        <source>Your history was written by a newer version of Companion: it is shown, but new sessions are not saved until Companion is updated.</source>
        <translation>Su historial lo escribió una versión más reciente de Companion: se muestra, pero las sesiones nuevas no se guardan hasta que se actualice Companion.</translation>
    </message>
    <message>
        <source>History could not be read or saved.</source>
        <translation>No se pudo leer ni guardar el historial.</translation>
    </message>
    <message>
        <source>No file name was given.</source>
        <translation>No se indicó ningún nombre de archivo.</translation>
    </message>
    <message>
        <source>“{0}” could not be found.</source>
        <translation>No se encontró “{0}”.</translation>
    </message>
    <message>
        <source>The folder for “{0}” does not exist.</source>
        <translation>La carpeta de “{0}” no existe.</translation>
    </message>
    <message>
        <source>“{0}” is a folder, not a file.</source>
        <translation>“{0}” es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>“{0}” is not an ordinary file (a device or a pipe), so it was not used.</source>
        <translation>“{0}” no es un archivo normal (es un dispositivo o una tubería), así que no se usó.</translation>
    </message>
    <message>
        <source>“{0}” is too large to be one Companion can use.</source>
        <translation>“{0}” es demasiado grande para que Companion pueda usarlo.</translation>
    </message>
    <message>
        <source>“{0}” is not a text file.</source>
        <translation>“{0}” no es un archivo de texto.</translation>
    </message>
    <message>
        <source>There is no room left on the disk for “{0}”.</source>
        <translation>No queda espacio en el disco para “{0}”.</translation>
    </message>
    <message>
        <source>“{0}” is on a disk that cannot be written.</source>
        <translation>“{0}” está en un disco en el que no se puede escribir.</translation>
    </message>
    <message>
        <source>You do not have permission to use “{0}”.</source>
        <translation>No tiene permiso para usar “{0}”.</translation>
    </message>
    <message>
        <source>The name “{0}” is too long for this disk.</source>
        <translation>El nombre “{0}” es demasiado largo para este disco.</translation>
    </message>
    <message>
        <source>“{0}” could not be used.</source>
        <translation>No se pudo usar “{0}”.</translation>
    </message>
    <message>
        <source>“{0}” is not a Companion history backup.</source>
        <translation>“{0}” no es una copia de seguridad del historial de Companion.</translation>
    </message>
    <message>
        <source>“{0}” is not a backup Companion made (it holds {1}), so it was not restored.</source>
        <translation>“{0}” no es una copia de seguridad hecha por Companion (contiene {1}), así que no se recuperó.</translation>
    </message>
    <message>
        <source>“{0}” is damaged, so it was not restored.</source>
        <translation>“{0}” está dañado, así que no se recuperó.</translation>
    </message>
    <message>
        <source>“{0}” comes from a newer version of Companion; update Companion first.</source>
        <translation>“{0}” viene de una versión más reciente de Companion; actualice antes Companion.</translation>
    </message>
    <message>
        <source>“{0}” holds values Companion never writes ({1}), so it was not restored.</source>
        <translation>“{0}” contiene valores que Companion nunca escribe ({1}), así que no se recuperó.</translation>
    </message>
    <message>
        <source>Checking “{0}” took too long, so it was not restored.</source>
        <translation>Comprobar “{0}” tardó demasiado, así que no se recuperó.</translation>
    </message>
    <message>
        <source>The backup could not be written to “{0}”.</source>
        <translation>No se pudo escribir la copia de seguridad en “{0}”.</translation>
    </message>
    <message>
        <source>“{0}” is in use by another program or window of Companion; try again in a moment.</source>
        <translation>“{0}” está en uso en otro programa u otra ventana de Companion; vuelva a intentarlo dentro de un momento.</translation>
    </message>
    <message>
        <source>Your history file could not be read, so a new one was started. The old file is kept as {0}; nothing was deleted. If you have a backup, History → Restore… brings your sessions back.</source>
        <translation>No se pudo leer su archivo de historial, así que se empezó uno nuevo. El archivo antiguo se conserva como {0}; no se borró nada. Si tiene una copia de seguridad, Historial → Recuperar… le devuelve sus sesiones.</translation>
    </message>
    <message>
        <source>Your history was written by a newer version of Companion (schema {0}; this version knows {1}). It is shown as it is, but new sessions are not saved until Companion is updated.</source>
        <translation>Su historial lo escribió una versión más reciente de Companion (esquema {0}; esta versión conoce el {1}). Se muestra tal cual, pero las sesiones nuevas no se guardan hasta que se actualice Companion.</translation>
    </message>
    <message>
        <source>Its file or folder could not be opened ({0}).</source>
        <translation>No se pudo abrir su archivo o su carpeta ({0}).</translation>
    </message>
    <message>
        <source>History is unavailable, so sessions are not saved.</source>
        <translation>El historial no está disponible, así que las sesiones no se guardan.</translation>
    </message>
    <message>
        <source>Your history file was left as it is; once this is put right, start Companion again.</source>
        <translation>Su archivo de historial se ha dejado como estaba; cuando esto se solucione, vuelva a abrir Companion.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) hold values Companion does not write (from another program, a newer version or damage). They are shown as they are and marked ⚠.</source>
        <translation>
            <numerusform>%n sesión contiene valores que Companion no escribe (de otro programa, de una versión más reciente o por daños). Se muestra tal cual, marcada con ⚠.</numerusform>
            <numerusform>%n sesiones contienen valores que Companion no escribe (de otro programa, de una versión más reciente o por daños). Se muestran tal cual, marcadas con ⚠.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your history is as it was; a copy of it is also kept as {0}.</source>
        <translation>Su historial está como estaba; además se conserva una copia como {0}.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({0}). What you were doing may not have finished; the details are in the log.</source>
        <translation>Algo salió mal de forma inesperada ({0}). Puede que lo que estaba haciendo no haya terminado; los detalles están en el registro.</translation>
    </message>
    <message>
        <source>The in-breath must last between {0} and {1} seconds.</source>
        <translation>La entrada de aire debe durar entre {0} y {1} segundos.</translation>
    </message>
    <message>
        <source>The out-breath must last between {0} and {1} seconds.</source>
        <translation>La salida de aire debe durar entre {0} y {1} segundos.</translation>
    </message>
    <message>
        <source>A hold must last between 0 and {0} seconds.</source>
        <translation>Una pausa debe durar entre 0 y {0} segundos.</translation>
    </message>
    <message>
        <source>The out-breath must be at least as long as the in-breath.</source>
        <translation>La salida de aire debe durar al menos tanto como la entrada.</translation>
    </message>
    <message>
        <source>“{0}” is not a pattern; write in-out seconds like 4-6 or 4-0-6-0.</source>
        <translation>«{0}» no es un patrón; escriba los segundos de entrada y salida, como 4-6 o 4-0-6-0.</translation>
    </message>
    <message>
        <source>“{0}” needs two numbers (4-6) or four (4-0-6-0).</source>
        <translation>«{0}» necesita dos números (4-6) o cuatro (4-0-6-0).</translation>
    </message>
    <message>
        <source>A reminder needs a few words, e.g. “Before sleep”.</source>
        <translation>Un recordatorio necesita unas palabras, por ejemplo «Antes de dormir».</translation>
    </message>
    <message>
        <source>A reminder&apos;s words can be at most {0} characters.</source>
        <translation>Las palabras de un recordatorio pueden tener como máximo {0} caracteres.</translation>
    </message>
    <message>
        <source>A playlist needs a name.</source>
        <translation>Una lista necesita un nombre.</translation>
    </message>
    <message>
        <source>A playlist name can be at most {0} characters long.</source>
        <translation>El nombre de una lista puede tener como máximo {0} caracteres.</translation>
    </message>
    <message>
        <source>This playlist comes with Companion and cannot be changed. Make a copy to edit it.</source>
        <translation>Esta lista viene con Companion y no se puede cambiar. Haga una copia para editarla.</translation>
    </message>
    <message>
        <source>This playlist no longer exists.</source>
        <translation>Esta lista ya no existe.</translation>
    </message>
    <message>
        <source>A playlist of yours is called “{0}”, the name of a playlist that comes with Companion. Rename yours to see both.</source>
        <translation>Una lista suya se llama «{0}», como una lista que viene con Companion. Cambie el nombre de la suya para ver las dos.</translation>
    </message>
    <message>
        <source>There is already a playlist called “{0}”.</source>
        <translation>Ya hay una lista llamada «{0}».</translation>
    </message>
    <message>
        <source>Part of the care plan could not be read and was left empty ({0}). Please check it with the care team.</source>
        <translation>Una parte del plan de cuidados no se pudo leer y se ha dejado vacía ({0}). Revíselo con el equipo de cuidados.</translation>
    </message>
    <message>
        <source>The care plan could not be read ({0}).</source>
        <translation>No se pudo leer el plan de cuidados ({0}).</translation>
    </message>
    <message>
        <source>The care plan could not be saved ({0}). It is kept until Companion closes.</source>
        <translation>No se pudo guardar el plan de cuidados ({0}). Se conserva hasta que se cierre Companion.</translation>
    </message>
</context>
<context>
    <name>MessagesCard</name>
    <message>
        <source>Messages from family</source>
        <translation>Mensajes de la familia</translation>
    </message>
    <message>
        <source>A short message in a loved one&apos;s own voice, to hear any time, or to open or close an Imagine session.</source>
        <translation>Un mensaje corto con la voz de un ser querido, para oírlo cuando quiera, o para abrir o cerrar una sesión de Imaginar.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Recorded messages; choose one with the arrow keys, then Play or Delete</source>
        <translation>Mensajes grabados; elija uno con las flechas y luego Reproducir o Borrar</translation>
    </message>
    <message>
        <source>Play the message</source>
        <translation>Reproducir el mensaje</translation>
    </message>
    <message>
        <source>Hear it now</source>
        <translation>Oírlo ahora</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Delete this message</source>
        <translation>Borrar este mensaje</translation>
    </message>
    <message>
        <source>Save as audio files…</source>
        <translation>Guardar como archivos de audio…</translation>
    </message>
    <message>
        <source>Copy the messages into a folder, to keep</source>
        <translation>Copiar los mensajes a una carpeta, para conservarlos</translation>
    </message>
    <message>
        <source>Before an Imagine session</source>
        <translation>Antes de una sesión de Imaginar</translation>
    </message>
    <message>
        <source>After an Imagine session</source>
        <translation>Después de una sesión de Imaginar</translation>
    </message>
    <message>
        <source>Record a new message</source>
        <translation>Grabar un mensaje nuevo</translation>
    </message>
    <message>
        <source>Its name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Name of the new message</source>
        <translation>Nombre del mensaje nuevo</translation>
    </message>
    <message>
        <source>A message from Anna</source>
        <translation>Un mensaje de Ana</translation>
    </message>
    <message>
        <source>{0} ({1:.0f} s)</source>
        <translation>{0} ({1:.0f} s)</translation>
    </message>
    <message>
        <source>No message</source>
        <translation>Ningún mensaje</translation>
    </message>
    <message>
        <source>Playing “{0}”.</source>
        <translation>Sonando “{0}”.</translation>
    </message>
    <message>
        <source>Delete this message?</source>
        <translation>¿Borrar este mensaje?</translation>
    </message>
    <message>
        <source>“{0}” will be deleted. Save it as an audio file first to keep it.</source>
        <translation>Se borrará “{0}”. Para conservarlo, guárdelo antes como archivo de audio.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <source>“{0}” was deleted.</source>
        <translation>Se borró “{0}”.</translation>
    </message>
    <message>
        <source>Save the messages in a folder</source>
        <translation>Guardar los mensajes en una carpeta</translation>
    </message>
    <message>
        <source>The messages could not be saved there ({0}).</source>
        <translation>No se pudieron guardar allí los mensajes ({0}).</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n message(s) in “{0}”.</source>
        <translation>
            <numerusform>Se guardó %n mensaje en “{0}”.</numerusform>
            <numerusform>Se guardaron %n mensajes en “{0}”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>Calm</source>
        <translation>Calma</translation>
    </message>
    <message>
        <source>Gentle</source>
        <translation>Suave</translation>
    </message>
    <message>
        <source>Very gentle</source>
        <translation>Muy suave</translation>
    </message>
    <message>
        <source>My pattern</source>
        <translation>Mi patrón</translation>
    </message>
</context>
<context>
    <name>NoticeArea</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Put back what was just removed</source>
        <translation>Volver a poner lo que se acaba de quitar</translation>
    </message>
</context>
<context>
    <name>NowPlaying</name>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>fading out for sleep</source>
        <translation>bajando para dormir</translation>
    </message>
    <message>
        <source>playing</source>
        <translation>sonando</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>parándose</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <source>Fading out now: press Pause to stop at once, or Off to keep listening.</source>
        <translation>Bajando ahora: pulse Pausa para parar enseguida, o Desactivado para seguir escuchando.</translation>
    </message>
    <message>
        <source>Stops at the end of this track.</source>
        <translation>Se para al final de esta pista.</translation>
    </message>
    <message>
        <source>Stops in {0}.</source>
        <translation>Se para dentro de {0}.</translation>
    </message>
    <message>
        <source>stops after this track</source>
        <translation>se para después de esta pista</translation>
    </message>
    <message>
        <source>stops in {0}</source>
        <translation>se para dentro de {0}</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>End of track</source>
        <translation>Fin de la pista</translation>
    </message>
    <message>
        <source>Sleep timer</source>
        <translation>Temporizador de apagado</translation>
    </message>
    <message>
        <source>The music fades out over half a minute</source>
        <translation>La música baja poco a poco durante medio minuto</translation>
    </message>
    <message>
        <source>No sleep timer: the music plays on</source>
        <translation>Sin temporizador de apagado: la música sigue sonando</translation>
    </message>
    <message>
        <source>Sleep timer: the music fades out over half a minute, then stops</source>
        <translation>Temporizador de apagado: la música baja poco a poco durante medio minuto y luego se para</translation>
    </message>
    <message>
        <source>Sleep: off</source>
        <translation>Temporizador: no</translation>
    </message>
    <message>
        <source>Sleep: {0} min</source>
        <translation>Temporizador: {0} min</translation>
    </message>
    <message>
        <source>Sleep: end of track</source>
        <translation>Temporizador: fin de la pista</translation>
    </message>
    <message>
        <source>Music playing</source>
        <translation>Música sonando</translation>
    </message>
    <message>
        <source>Now playing</source>
        <translation>Sonando ahora</translation>
    </message>
    <message>
        <source>Pause or resume the music</source>
        <translation>Pausar o continuar la música</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Fade the music out and stop it</source>
        <translation>Bajar la música poco a poco y pararla</translation>
    </message>
    <message>
        <source>the music</source>
        <translation>la música</translation>
    </message>
</context>
<context>
    <name>ObservePage</name>
    <message>
        <source>Rate as an observer</source>
        <translation>Valorar como observador</translation>
    </message>
    <message>
        <source>When the patient cannot answer for themselves, a carer can rate what they see. It is kept in History, labelled as observer-rated.</source>
        <translation>Cuando el paciente no puede responder por sí mismo, un cuidador puede valorar lo que ve. Se guarda en el Historial, indicado como valoración de un observador.</translation>
    </message>
    <message>
        <source>Observed now</source>
        <translation>Observado ahora</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Back to the home screen (Esc)</source>
        <translation>Volver a la pantalla de inicio (Esc)</translation>
    </message>
    <message>
        <source>Save rating</source>
        <translation>Guardar la valoración</translation>
    </message>
    <message>
        <source>Keep this observer rating in History</source>
        <translation>Guardar esta valoración de observador en el Historial</translation>
    </message>
    <message>
        <source>Choose who is rating first.</source>
        <translation>Elija primero quién valora.</translation>
    </message>
    <message>
        <source>Nothing is answered yet.</source>
        <translation>Aún no hay nada respondido.</translation>
    </message>
    <message>
        <source>Saved at {0}. It is in History, apart from the patient&apos;s own answers.</source>
        <translation>Guardada a las {0}. Está en el Historial, aparte de las respuestas del propio paciente.</translation>
    </message>
</context>
<context>
    <name>Observer</name>
    <message>
        <source>Family caregiver</source>
        <translation>Familiar cuidador</translation>
    </message>
    <message>
        <source>Professional caregiver</source>
        <translation>Cuidador profesional</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>PAINAD {0} of {1}</source>
        <translation>PAINAD {0} de {1}</translation>
    </message>
    <message>
        <source>PAINAD, part: {0}</source>
        <translation>PAINAD, parcial: {0}</translation>
    </message>
    <message>
        <source>breathlessness (carer&apos;s estimate) {0} of 10</source>
        <translation>falta de aire (estimación del cuidador) {0} de 10</translation>
    </message>
    <message>
        <source>could not rate: {0}</source>
        <translation>no se pudo valorar: {0}</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Observer-rated by {0}</source>
        <translation>Valorado por un observador: {0}</translation>
    </message>
    <message>
        <source>0 = {0}, 10 = {1}</source>
        <translation>0 = {0}, 10 = {1}</translation>
    </message>
    <message>
        <source>{0}: {1} out of {2}</source>
        <translation>{0}: {1} de {2}</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <source>Could not rate</source>
        <translation>No se pudo valorar</translation>
    </message>
    <message>
        <source>{0}: it could not be observed or judged (kept as an answer)</source>
        <translation>{0}: no se pudo observar ni juzgar (se guarda como respuesta)</translation>
    </message>
    <message>
        <source>Could not rate: {0}</source>
        <translation>No se pudo valorar: {0}</translation>
    </message>
</context>
<context>
    <name>ObserverCard</name>
    <message>
        <source>on its own</source>
        <translation>por separado</translation>
    </message>
    <message>
        <source>a session</source>
        <translation>una sesión</translation>
    </message>
    <message>
        <source>before {0}</source>
        <translation>antes de {0}</translation>
    </message>
    <message>
        <source>after {0}</source>
        <translation>después de {0}</translation>
    </message>
    <message>
        <source>Rated by an observer</source>
        <translation>Valorado por un observador</translation>
    </message>
    <message>
        <source>For when the patient could not answer: PAINAD and a carer&apos;s estimate of breathlessness. Kept apart from the patient&apos;s own answers, never averaged with them.</source>
        <translation>Para cuando el paciente no pudo responder: PAINAD y la estimación de un cuidador sobre la falta de aire. Se guarda aparte de las respuestas del propio paciente y nunca se promedia con ellas.</translation>
    </message>
    <message>
        <source>Rate as an observer…</source>
        <translation>Valorar como observador…</translation>
    </message>
    <message>
        <source>For a patient who cannot answer: PAINAD and breathlessness</source>
        <translation>Para un paciente que no puede responder: PAINAD y falta de aire</translation>
    </message>
    <message>
        <source>History is unavailable on this computer.</source>
        <translation>El historial no está disponible en este equipo.</translation>
    </message>
    <message>
        <source>No observer ratings in these dates.</source>
        <translation>No hay valoraciones de observador en estas fechas.</translation>
    </message>
    <message>
        <source>Observer ratings in these dates: {0}</source>
        <translation>Valoraciones de observador en estas fechas: {0}</translation>
    </message>
</context>
<context>
    <name>ObserverPanel</name>
    <message>
        <source>Observer-rated: for when the patient cannot answer for themselves. Kept apart from the patient&apos;s own answers. Optional: leave any question.</source>
        <translation>Valorado por un observador: para cuando el paciente no puede responder por sí mismo. Se guarda aparte de las respuestas del propio paciente. Opcional: puede dejar cualquier pregunta.</translation>
    </message>
    <message>
        <source>Who is rating</source>
        <translation>Quién valora</translation>
    </message>
    <message>
        <source>Your name (optional)</source>
        <translation>Su nombre (opcional)</translation>
    </message>
    <message>
        <source>Name of the person rating</source>
        <translation>Nombre de la persona que valora</translation>
    </message>
    <message>
        <source>Optional; it is shown with the rating</source>
        <translation>Opcional; se muestra con la valoración</translation>
    </message>
    <message>
        <source>Who is rating?</source>
        <translation>¿Quién valora?</translation>
    </message>
    <message>
        <source>Choose who is rating to keep these answers.</source>
        <translation>Elija quién valora para guardar estas respuestas.</translation>
    </message>
    <message>
        <source>The carer&apos;s estimate</source>
        <translation>La estimación del cuidador</translation>
    </message>
    <message>
        <source>PAINAD total: {0} of {1}</source>
        <translation>Total PAINAD: {0} de {1}</translation>
    </message>
    <message>
        <source>PAINAD total: shown once all five items have a score.</source>
        <translation>Total PAINAD: se muestra cuando los cinco aspectos tienen puntuación.</translation>
    </message>
</context>
<context>
    <name>OwnPatterns</name>
    <message>
        <source>Holding the breath is optional and off unless you set it here. The out-breath is never shorter than the in-breath.</source>
        <translation>Retener el aire es opcional y está desactivado salvo que lo ajuste aquí. La salida del aire nunca es más corta que la entrada.</translation>
    </message>
    <message>
        <source>Your patterns</source>
        <translation>Sus patrones</translation>
    </message>
    <message>
        <source>New pattern</source>
        <translation>Patrón nuevo</translation>
    </message>
    <message>
        <source>Make another pattern of your own, with its name</source>
        <translation>Crear otro patrón propio, con su nombre</translation>
    </message>
    <message>
        <source>Pattern name</source>
        <translation>Nombre del patrón</translation>
    </message>
    <message>
        <source>What Breathe calls this pattern</source>
        <translation>Cómo llama Respirar a este patrón</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Tomar aire</translation>
    </message>
    <message>
        <source>Hold after breathing in</source>
        <translation>Retener después de tomar aire</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Soltar el aire</translation>
    </message>
    <message>
        <source>Rest after breathing out</source>
        <translation>Descansar después de soltar el aire</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Delete this pattern</source>
        <translation>Borrar este patrón</translation>
    </message>
    <message>
        <source>Remove this pattern from Breathe</source>
        <translation>Quitar este patrón de Respirar</translation>
    </message>
    <message>
        <source>Save this pattern</source>
        <translation>Guardar este patrón</translation>
    </message>
    <message>
        <source>Keep this pattern and choose it in Breathe</source>
        <translation>Guardar este patrón y elegirlo en Respirar</translation>
    </message>
    <message>
        <source>Your pattern: {0}</source>
        <translation>Su patrón: {0}</translation>
    </message>
    <message>
        <source>My pattern {0}</source>
        <translation>Mi patrón {0}</translation>
    </message>
    <message>
        <source>My pattern</source>
        <translation>Mi patrón</translation>
    </message>
    <message>
        <source>Saved “{0}” ({1}); it is now chosen in Breathe.</source>
        <translation>Se guardó “{0}” ({1}); ahora está elegido en Respirar.</translation>
    </message>
    <message>
        <source>Delete “{0}”?</source>
        <translation>¿Borrar “{0}”?</translation>
    </message>
    <message>
        <source>Breathe will no longer offer it. Your history keeps its sessions.</source>
        <translation>Respirar ya no lo ofrecerá. Su historial conserva sus sesiones.</translation>
    </message>
    <message>
        <source>Delete the pattern</source>
        <translation>Borrar el patrón</translation>
    </message>
</context>
<context>
    <name>PlayerView</name>
    <message>
        <source>silent</source>
        <translation>en silencio</translation>
    </message>
    <message>
        <source>very soft</source>
        <translation>muy bajo</translation>
    </message>
    <message>
        <source>soft</source>
        <translation>bajo</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medio</translation>
    </message>
    <message>
        <source>full</source>
        <translation>al máximo</translation>
    </message>
    <message>
        <source>Nothing is playing.</source>
        <translation>No suena nada.</translation>
    </message>
    <message>
        <source>Now playing</source>
        <translation>Sonando ahora</translation>
    </message>
    <message>
        <source>Position in the track</source>
        <translation>Posición en la pista</translation>
    </message>
    <message>
        <source>Left and right arrows move 5 seconds</source>
        <translation>Las flechas izquierda y derecha avanzan o retroceden 5 segundos</translation>
    </message>
    <message>
        <source>Music volume</source>
        <translation>Volumen de la música</translation>
    </message>
    <message>
        <source>Left and right arrows: softer and louder. Never louder than a safe limit</source>
        <translation>Flechas izquierda y derecha: más bajo y más alto. Nunca por encima de un límite seguro</translation>
    </message>
    <message>
        <source>Sleep timer</source>
        <translation>Temporizador de apagado</translation>
    </message>
    <message>
        <source>Play this playlist</source>
        <translation>Reproducir esta lista</translation>
    </message>
    <message>
        <source>Change the music to this playlist</source>
        <translation>Cambiar la música a esta lista</translation>
    </message>
    <message>
        <source>Edit playlist</source>
        <translation>Editar la lista</translation>
    </message>
    <message>
        <source>Add, arrange or remove tracks; rename, import or export</source>
        <translation>Añadir, ordenar o quitar pistas; cambiar el nombre, importar o exportar</translation>
    </message>
    <message>
        <source>Playlists</source>
        <translation>Listas de reproducción</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Back to the start of the track, or the one before</source>
        <translation>Volver al principio de la pista, o a la anterior</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Reproducir o pausar (Espacio)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Change to the next track</source>
        <translation>Pasar a la pista siguiente</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Fade the music out and stop</source>
        <translation>Bajar la música poco a poco y parar</translation>
    </message>
    <message>
        <source>From “{0}”, track {1} of {2}</source>
        <translation>De “{0}”, pista {1} de {2}</translation>
    </message>
    <message>
        <source>Volume: {0}, {1} %</source>
        <translation>Volumen: {0}, {1} %</translation>
    </message>
</context>
<context>
    <name>PlaylistChips</name>
    <message>
        <source>Playlists</source>
        <translation>Listas de reproducción</translation>
    </message>
    <message>
        <source>New playlist…</source>
        <translation>Lista nueva…</translation>
    </message>
    <message>
        <source>Make a new, empty playlist</source>
        <translation>Crear una lista de reproducción nueva y vacía</translation>
    </message>
    <message>
        <source>Playlist: {0}</source>
        <translation>Lista: {0}</translation>
    </message>
    <message>
        <source>Show this playlist&apos;s tracks</source>
        <translation>Mostrar las pistas de esta lista</translation>
    </message>
</context>
<context>
    <name>RatingPanel</name>
    <message>
        <source>Choose what to rate…</source>
        <translation>Elegir qué valorar…</translation>
    </message>
    <message>
        <source>Pick up to three things to rate, such as anxiety or pain</source>
        <translation>Elija hasta tres cosas para valorar, como la ansiedad o el dolor</translation>
    </message>
    <message>
        <source>Optional. Leave any question you like.</source>
        <translation>Opcional. Deje sin responder la pregunta que quiera.</translation>
    </message>
    <message>
        <source>Rate this item</source>
        <translation>Valorar este aspecto</translation>
    </message>
</context>
<context>
    <name>RatingsCard</name>
    <message>
        <source>Legend: before and after</source>
        <translation>Leyenda: antes y después</translation>
    </message>
    <message>
        <source>The dashed line with hollow dots is before; the solid line, after.</source>
        <translation>La línea discontinua con puntos huecos es antes; la línea continua, después.</translation>
    </message>
    <message>
        <source>Ratings per week</source>
        <translation>Valoraciones por semana</translation>
    </message>
    <message>
        <source>How sessions felt (0–10)</source>
        <translation>Cómo fueron las sesiones (0–10)</translation>
    </message>
    <message>
        <source>No session in this period was rated before and after. Ratings are optional.</source>
        <translation>Ninguna sesión de este periodo se valoró antes y después. Las valoraciones son opcionales.</translation>
    </message>
    <message>
        <source>{0}: {1} before → {2} after on average ({3}; {4})</source>
        <translation>{0}: {1} antes → {2} después, de media ({3}; {4})</translation>
    </message>
    <message>
        <source>{0}, the average of each week:</source>
        <translation>{0}, la media de cada semana:</translation>
    </message>
    <message>
        <source>{0}, weekly average: dashed line before, solid line after.</source>
        <translation>{0}, media semanal: línea discontinua antes, línea continua después.</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <source>Microphone level</source>
        <translation>Nivel del micrófono</translation>
    </message>
    <message>
        <source>How loud the microphone hears you</source>
        <translation>Con qué volumen le oye el micrófono</translation>
    </message>
    <message>
        <source>Recording status</source>
        <translation>Estado de la grabación</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Grabar</translation>
    </message>
    <message>
        <source>Start recording; press again to stop</source>
        <translation>Empezar a grabar; pulse otra vez para parar</translation>
    </message>
    <message>
        <source>Play it back</source>
        <translation>Escucharla</translation>
    </message>
    <message>
        <source>Hear the recording</source>
        <translation>Oír la grabación</translation>
    </message>
    <message>
        <source>Delete the recording</source>
        <translation>Borrar la grabación</translation>
    </message>
    <message>
        <source>The voice you chose reads it instead</source>
        <translation>En su lugar, la lee la voz que eligió</translation>
    </message>
    <message>
        <source>Not recorded yet.</source>
        <translation>Aún sin grabar.</translation>
    </message>
    <message>
        <source>Recorded by {0} ({1:.1f} s).</source>
        <translation>Grabado por {0} ({1:.1f} s).</translation>
    </message>
    <message>
        <source>Recorded ({0:.1f} s).</source>
        <translation>Grabado ({0:.1f} s).</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Record again</source>
        <translation>Grabar otra vez</translation>
    </message>
    <message>
        <source>Keeping the recording…</source>
        <translation>Guardando la grabación…</translation>
    </message>
    <message>
        <source>Getting the microphone ready…</source>
        <translation>Preparando el micrófono…</translation>
    </message>
    <message>
        <source>Playing the recording.</source>
        <translation>Reproduciendo la grabación.</translation>
    </message>
    <message>
        <source>The recording was deleted.</source>
        <translation>Se borró la grabación.</translation>
    </message>
    <message>
        <source>Recording… speak now, then press Stop.</source>
        <translation>Grabando… hable ahora y luego pulse Detener.</translation>
    </message>
    <message>
        <source>Kept ({0:.1f} s). Press Play it back to hear it.</source>
        <translation>Guardada ({0:.1f} s). Pulse “Escucharla” para oírla.</translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <source>Companion: gentle reminders are on</source>
        <translation>Companion: los recordatorios suaves están activados</translation>
    </message>
    <message>
        <source>Breathless now</source>
        <translation>Me falta el aire</translation>
    </message>
    <message>
        <source>Open Companion</source>
        <translation>Abrir Companion</translation>
    </message>
    <message>
        <source>Breathe now</source>
        <translation>Respirar ahora</translation>
    </message>
    <message>
        <source>Play calming music</source>
        <translation>Poner música tranquila</translation>
    </message>
    <message>
        <source>Reminder: {0}</source>
        <translation>Recordatorio: {0}</translation>
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
        <translation>Desactivados salvo que usted los active. Mientras Companion está abierto, aparece un mensaje discreto a las horas que elija (en la bandeja del sistema, si la hay). Nunca una ventana emergente; un sonido solo si lo pide.</translation>
    </message>
    <message>
        <source>Remind me at these times</source>
        <translation>Recordarme a estas horas</translation>
    </message>
    <message>
        <source>Turn gentle reminders on or off</source>
        <translation>Activar o desactivar los recordatorios suaves</translation>
    </message>
    <message>
        <source>Reminder times</source>
        <translation>Horas de los recordatorios</translation>
    </message>
    <message>
        <source>The daily reminders; choose one and press Remove to take it away</source>
        <translation>Los recordatorios diarios; elija uno y pulse Quitar para eliminarlo</translation>
    </message>
    <message>
        <source>Time of the new reminder</source>
        <translation>Hora del recordatorio nuevo</translation>
    </message>
    <message>
        <source>e.g. Before sleep</source>
        <translation>p. ej., Antes de dormir</translation>
    </message>
    <message>
        <source>Words of the new reminder</source>
        <translation>Palabras del recordatorio nuevo</translation>
    </message>
    <message>
        <source>With a soft sound</source>
        <translation>Con un sonido suave</translation>
    </message>
    <message>
        <source>Play a quiet chime with this reminder</source>
        <translation>Tocar un tono suave con este recordatorio</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add this reminder</source>
        <translation>Añadir este recordatorio</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected reminder</source>
        <translation>Quitar el recordatorio elegido</translation>
    </message>
    <message>
        <source>A new reminder: when, and a few words</source>
        <translation>Un recordatorio nuevo: cuándo, y unas palabras</translation>
    </message>
    <message>
        <source>Sounds also at night (21:00–08:00)</source>
        <translation>Con sonido también por la noche (21:00–08:00)</translation>
    </message>
    <message>
        <source>Unless this is on, reminders are silent at night</source>
        <translation>Si esto no está activado, los recordatorios no suenan por la noche</translation>
    </message>
    <message>
        <source> (with a soft sound)</source>
        <translation> (con un sonido suave)</translation>
    </message>
</context>
<context>
    <name>ResponsePrompt</name>
    <message>
        <source>How did that land?</source>
        <translation>¿Cómo le sentó?</translation>
    </message>
    <message>
        <source>Calmer</source>
        <translation>Me calmó</translation>
    </message>
    <message>
        <source>The music helped: kept in History</source>
        <translation>La música ayudó: se guarda en el Historial</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Neither better nor worse: kept in History</source>
        <translation>Ni mejor ni peor: se guarda en el Historial</translation>
    </message>
    <message>
        <source>Unsettled</source>
        <translation>Me inquietó</translation>
    </message>
    <message>
        <source>It did not sit well: the track is marked in the playlist</source>
        <translation>No sentó bien: la pista queda marcada en la lista</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Put the question away unanswered</source>
        <translation>Guardar la pregunta sin responder</translation>
    </message>
    <message>
        <source>How did “{0}” land?</source>
        <translation>¿Cómo le sentó “{0}”?</translation>
    </message>
</context>
<context>
    <name>SafetyDialog</name>
    <message>
        <source>Comfort</source>
        <translation>Comodidad</translation>
    </message>
    <message>
        <source>Breathe softly, not deeply. Let the breath be easy.</source>
        <translation>Respire con suavidad, no hondo. Que la respiración sea fácil.</translation>
    </message>
    <message>
        <source>Sit upright or propped up in bed; leaning forward a little can help.</source>
        <translation>Siéntese con la espalda recta o incorpórese en la cama con almohadas; inclinarse un poco hacia delante puede ayudar.</translation>
    </message>
    <message>
        <source>A hand-held fan cooling your face can ease breathlessness.</source>
        <translation>Un abanico de mano que le refresque la cara puede aliviar la falta de aire.</translation>
    </message>
    <message>
        <source>If counting feels like a strain, hide the numbers and just follow the circle.</source>
        <translation>Si contar le cuesta, oculte los números y siga solo el círculo.</translation>
    </message>
    <message>
        <source>Many people find that five minutes or more, most days, helps most. Any amount is fine.</source>
        <translation>A mucha gente le ayuda más practicar cinco minutos o más, casi todos los días. Cualquier rato vale.</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Stop if you feel dizzy, tingling, or more breathless.</source>
        <translation>Pare si se marea, siente hormigueo o le falta más el aire.</translation>
    </message>
    <message>
        <source>Breathe normally and rest.</source>
        <translation>Respire con normalidad y descanse.</translation>
    </message>
    <message>
        <source>Get urgent help if you cannot speak in three-word sentences.</source>
        <translation>Pida ayuda urgente si no puede decir frases de tres palabras seguidas.</translation>
    </message>
    <message>
        <source>This exercise is not a treatment for a sudden attack of breathlessness.</source>
        <translation>Este ejercicio no es un tratamiento para una crisis repentina de falta de aire.</translation>
    </message>
    <message>
        <source>Companion guides and records; it is not a replacement for your care team. Ask them before starting.</source>
        <translation>Companion le guía y toma nota; no sustituye a su equipo de cuidados. Consúltelo antes de empezar.</translation>
    </message>
    <message>
        <source>Comfort and safety — Companion</source>
        <translation>Comodidad y seguridad — Companion</translation>
    </message>
    <message>
        <source>Comfort and safety</source>
        <translation>Comodidad y seguridad</translation>
    </message>
    <message>
        <source>Comfort and safety guidance</source>
        <translation>Consejos de comodidad y seguridad</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close comfort and safety</source>
        <translation>Cerrar comodidad y seguridad</translation>
    </message>
</context>
<context>
    <name>ScaleRow</name>
    <message>
        <source>{0}: {1} out of 10 (0 = {2}, 10 = {3})</source>
        <translation>{0}: {1} de 10 (0 = {2}, 10 = {3})</translation>
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
        <translation>Salir de “{0}”</translation>
    </message>
    <message>
        <source>Leave this group</source>
        <translation>Salir de este grupo</translation>
    </message>
    <message>
        <source>Scroll down a page</source>
        <translation>Bajar una página</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Close this panel</source>
        <translation>Cerrar este panel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>A day earlier</source>
        <translation>Un día antes</translation>
    </message>
    <message>
        <source>A day later</source>
        <translation>Un día después</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>Menos</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>Less: {0}</source>
        <translation>Menos: {0}</translation>
    </message>
    <message>
        <source>More: {0}</source>
        <translation>Más: {0}</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Elegir</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Type: {0}</source>
        <translation>Escribir: {0}</translation>
    </message>
    <message>
        <source>So far: {0}</source>
        <translation>Por ahora: {0}</translation>
    </message>
    <message>
        <source>Nothing typed yet</source>
        <translation>Aún no se ha escrito nada</translation>
    </message>
    <message>
        <source>Type {0}</source>
        <translation>Escribir {0}</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Type a space</source>
        <translation>Escribir un espacio</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Delete the last letter</source>
        <translation>Borrar la última letra</translation>
    </message>
</context>
<context>
    <name>ScriptEditor</name>
    <message>
        <source>Write a script</source>
        <translation>Escribir un texto</translation>
    </message>
    <message>
        <source>Start with a title, then a line with just ---, then the words to read. [pause 5] is five seconds of quiet; [breathe 3] is three slow breaths together. Change names and places to ones you love.</source>
        <translation>Empiece con un título, luego una línea solo con ---, y después las palabras que se leerán. [pause 5] son cinco segundos de silencio; [breathe 3] son tres respiraciones lentas juntos. Cambie los nombres y los lugares por otros que quiera.</translation>
    </message>
    <message>
        <source>Script text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>The script, one sentence after another</source>
        <translation>El texto, una frase tras otra</translation>
    </message>
    <message>
        <source>Script check</source>
        <translation>Revisión del texto</translation>
    </message>
    <message>
        <source>Go to the line</source>
        <translation>Ir a la línea</translation>
    </message>
    <message>
        <source>Show the line to fix</source>
        <translation>Mostrar la línea que hay que corregir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Leave without saving (Esc)</source>
        <translation>Salir sin guardar (Esc)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Replace this text with a text file&apos;s</source>
        <translation>Sustituir este texto por el de un archivo de texto</translation>
    </message>
    <message>
        <source>Preview this line</source>
        <translation>Escuchar esta línea</translation>
    </message>
    <message>
        <source>Hear the sentence where the cursor is</source>
        <translation>Oír la frase donde está el cursor</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Keep this script in your list</source>
        <translation>Guardar este texto en su lista</translation>
    </message>
    <message>
        <source>Record in your voice</source>
        <translation>Grabar con su voz</translation>
    </message>
    <message>
        <source>A loved one reads this script aloud, line by line</source>
        <translation>Un ser querido lee este texto en voz alta, frase a frase</translation>
    </message>
    <message>
        <source>Line {0}: {1}</source>
        <translation>Línea {0}: {1}</translation>
    </message>
    <message>
        <source>Ready to save: “{0}”, about {1} to read aloud.</source>
        <translation>Listo para guardar: “{0}”, unos {1} de lectura en voz alta.</translation>
    </message>
    <message>
        <source>There is nothing to say on this line. Put the cursor on a sentence.</source>
        <translation>En esta línea no hay nada que decir. Ponga el cursor en una frase.</translation>
    </message>
    <message>
        <source>Preparing: “{0}”</source>
        <translation>Preparando: “{0}”</translation>
    </message>
    <message>
        <source>Save the script first; then it can be recorded in your voice.</source>
        <translation>Guarde antes el texto; después se podrá grabar con su voz.</translation>
    </message>
</context>
<context>
    <name>ScriptFiles</name>
    <message>
        <source>my copy</source>
        <translation>mi copia</translation>
    </message>
    <message>
        <source>Cannot read {0}: {1}</source>
        <translation>No se puede leer {0}: {1}</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>No se guardó: {0}</translation>
    </message>
</context>
<context>
    <name>ScriptHelp</name>
    <message>
        <source>If the text to read aloud starts here, put a line with just --- above it.</source>
        <translation>Si el texto para leer en voz alta empieza aquí, ponga encima una línea con solo ---.</translation>
    </message>
    <message>
        <source>The markers are [pause 5] (seconds of quiet) and [breathe 3] (slow breaths).</source>
        <translation>Las marcas son [pause 5] (segundos de silencio) y [breathe 3] (respiraciones lentas).</translation>
    </message>
    <message>
        <source>A script starts with a header, for example &apos;title: Warm light&apos;, then a line with just --- and then the text to read aloud.</source>
        <translation>Un guion empieza con una cabecera, por ejemplo &apos;title: Luz cálida&apos;, luego una línea con solo --- y después el texto para leer en voz alta.</translation>
    </message>
    <message>
        <source>This line is not a header line such as &apos;pace: 140&apos;.</source>
        <translation>Esta línea no es una línea de cabecera como &apos;pace: 140&apos;.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a header name. Use title, description, minutes, pace or language.</source>
        <translation>&apos;{0}&apos; no es un nombre de cabecera. Use title, description, minutes, pace o language.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is already set on line {1}; keep only one.</source>
        <translation>&apos;{0}&apos; ya está en la línea {1}; deje solo una.</translation>
    </message>
    <message>
        <source>The header never ends. After the header lines, add a line with just --- and then write the text to read aloud.</source>
        <translation>La cabecera no termina nunca. Después de las líneas de cabecera, añada una línea con solo --- y escriba luego el texto para leer en voz alta.</translation>
    </message>
    <message>
        <source>The script has no title. Add a line such as &apos;title: Warm light&apos; above the --- line.</source>
        <translation>El guion no tiene título. Añada una línea como &apos;title: Luz cálida&apos; encima de la línea ---.</translation>
    </message>
    <message>
        <source>Write something after &apos;{0}:&apos;.</source>
        <translation>Escriba algo después de &apos;{0}:&apos;.</translation>
    </message>
    <message>
        <source>Write the length as a number of minutes from {0} to {1}, e.g. &apos;minutes: 5&apos;.</source>
        <translation>Escriba la duración en minutos, de {0} a {1}, por ejemplo &apos;minutes: 5&apos;.</translation>
    </message>
    <message>
        <source>Write the pace as a whole number of words per minute from {0} to {1}, e.g. &apos;pace: 140&apos; (slow and calm).</source>
        <translation>Escriba el ritmo como un número entero de palabras por minuto, de {0} a {1}, por ejemplo &apos;pace: 140&apos; (lento y tranquilo).</translation>
    </message>
    <message>
        <source>Write the language as a short tag, e.g. &apos;language: en&apos; or &apos;en-GB&apos;.</source>
        <translation>Escriba el idioma con una etiqueta corta, por ejemplo &apos;language: es&apos; o &apos;es-ES&apos;.</translation>
    </message>
    <message>
        <source>This line contains an invisible control character (U+{0}). Delete the line and type it again.</source>
        <translation>Esta línea tiene un carácter de control invisible (U+{0}). Borre la línea y escríbala de nuevo.</translation>
    </message>
    <message>
        <source>Square brackets are only for markers such as [pause 5], on a line of their own. Use round brackets ( ) inside the text.</source>
        <translation>Los corchetes son solo para marcas como [pause 5], en una línea aparte. Dentro del texto use paréntesis ( ).</translation>
    </message>
    <message>
        <source>A marker such as [pause 5] goes on a line of its own, with no other text.</source>
        <translation>Una marca como [pause 5] va en una línea aparte, sin más texto.</translation>
    </message>
    <message>
        <source>This marker is not complete.</source>
        <translation>Esta marca no está completa.</translation>
    </message>
    <message>
        <source>&apos;[{0}]&apos; is not a marker I know.</source>
        <translation>&apos;[{0}]&apos; no es una marca que yo conozca.</translation>
    </message>
    <message>
        <source>Write a pause of {0} to {1} seconds, e.g. [pause 5]. For a longer quiet time, put several [pause 120] lines one after another.</source>
        <translation>Escriba una pausa de {0} a {1} segundos, por ejemplo [pause 5]. Para un silencio más largo, ponga varias líneas [pause 120] seguidas.</translation>
    </message>
    <message>
        <source>Write a whole number of breaths from {0} to {1}, e.g. [breathe 3].</source>
        <translation>Escriba un número entero de respiraciones, de {0} a {1}, por ejemplo [breathe 3].</translation>
    </message>
    <message>
        <source>There is no text to read aloud. Write a few sentences below the --- line.</source>
        <translation>No hay texto para leer en voz alta. Escriba unas frases debajo de la línea ---.</translation>
    </message>
    <message>
        <source>This line has characters that are not UTF-8. Save the file as UTF-8 (in Notepad: Save As, then Encoding: UTF-8).</source>
        <translation>Esta línea tiene caracteres que no son UTF-8. Guarde el archivo como UTF-8 (en el Bloc de notas: Guardar como y, en Codificación, UTF-8).</translation>
    </message>
    <message>
        <source>{0}, line {1}: {2}</source>
        <translation>{0}, línea {1}: {2}</translation>
    </message>
    <message>
        <source>{0}: This file is too large to be a script.</source>
        <translation>{0}: este archivo es demasiado grande para ser un guion.</translation>
    </message>
    <message>
        <source>{0}: another script already has this name.</source>
        <translation>{0}: otro guion ya tiene este nombre.</translation>
    </message>
</context>
<context>
    <name>ScriptRecording</name>
    <message>
        <source>Record in your own voice</source>
        <translation>Grabar con su propia voz</translation>
    </message>
    <message>
        <source>Choose a line, press Record and read it aloud, then press Stop. Hear it back, and record it again if you like. Lines you do not record are read by the chosen voice, so the script always plays whole.</source>
        <translation>Elija una línea, pulse Grabar y léala en voz alta; luego pulse Detener. Escúchela y, si quiere, vuelva a grabarla. Las líneas que no grabe las lee la voz elegida, así que el texto siempre suena completo.</translation>
    </message>
    <message>
        <source>Whose voice is this?</source>
        <translation>¿De quién es esta voz?</translation>
    </message>
    <message>
        <source>A name, such as Anna or Grandad</source>
        <translation>Un nombre, como Ana o el abuelo</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>Each line of the script, recorded or not</source>
        <translation>Cada línea del texto, grabada o no</translation>
    </message>
    <message>
        <source>The line to read</source>
        <translation>La línea que leer</translation>
    </message>
    <message>
        <source>Previous line</source>
        <translation>Línea anterior</translation>
    </message>
    <message>
        <source>The line before</source>
        <translation>La línea de antes</translation>
    </message>
    <message>
        <source>Next line</source>
        <translation>Línea siguiente</translation>
    </message>
    <message>
        <source>The line after</source>
        <translation>La línea de después</translation>
    </message>
    <message>
        <source>Save as audio files…</source>
        <translation>Guardar como archivos de audio…</translation>
    </message>
    <message>
        <source>Copy the recordings into a folder, to keep or share</source>
        <translation>Copiar las grabaciones a una carpeta, para conservarlas o compartirlas</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Back to the scripts (Esc)</source>
        <translation>Volver a los textos (Esc)</translation>
    </message>
    <message>
        <source>Record “{0}” in your own voice</source>
        <translation>Grabar “{0}” con su propia voz</translation>
    </message>
    <message>
        <source>recorded ({0:.1f} s)</source>
        <translation>grabada ({0:.1f} s)</translation>
    </message>
    <message>
        <source>read by the voice</source>
        <translation>la lee la voz</translation>
    </message>
    <message numerus="yes">
        <source>%n of the lines recorded.</source>
        <translation>
            <numerusform>Líneas grabadas: %n.</numerusform>
            <numerusform>Líneas grabadas: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The line to read: {0}</source>
        <translation>La línea que leer: {0}</translation>
    </message>
    <message>
        <source>Save the recordings in a folder</source>
        <translation>Guardar las grabaciones en una carpeta</translation>
    </message>
    <message>
        <source>The recordings could not be saved there ({0}).</source>
        <translation>No se pudieron guardar allí las grabaciones ({0}).</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n recording(s) in “{0}”.</source>
        <translation>
            <numerusform>Se guardó %n grabación en “{0}”.</numerusform>
            <numerusform>Se guardaron %n grabaciones en “{0}”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Pause or resume (Space)</source>
        <translation>Pausar o continuar (Espacio)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>End the session now (Esc)</source>
        <translation>Terminar la sesión ahora (Esc)</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <source>Sessions, newest first</source>
        <translation>Sesiones, de la más reciente a la más antigua</translation>
    </message>
    <message>
        <source>Choose a session with the arrow keys to write a note on it or delete it</source>
        <translation>Elija una sesión con las flechas para escribir una nota sobre ella o borrarla</translation>
    </message>
</context>
<context>
    <name>SessionObserverRatings</name>
    <message>
        <source>Before: observed by a carer</source>
        <translation>Antes: observado por un cuidador</translation>
    </message>
    <message>
        <source>After: observed by a carer</source>
        <translation>Después: observado por un cuidador</translation>
    </message>
    <message>
        <source>Rate as an observer</source>
        <translation>Valorar como observador</translation>
    </message>
    <message>
        <source>For when the patient cannot answer: a carer rates pain (PAINAD) and breathlessness; you can skip it</source>
        <translation>Para cuando el paciente no puede responder: un cuidador valora el dolor (PAINAD) y la falta de aire; puede saltárselo</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Session complete</source>
        <translation>Sesión terminada</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Sesión detenida</translation>
    </message>
    <message>
        <source>Time: {0}</source>
        <translation>Tiempo: {0}</translation>
    </message>
    <message>
        <source>It is saved in History.</source>
        <translation>Queda guardada en el Historial.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Back to the home screen (Esc)</source>
        <translation>Volver a la pantalla de inicio (Esc)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Start (Space)</source>
        <translation>Empezar (Espacio)</translation>
    </message>
    <message>
        <source>Choose another</source>
        <translation>Elegir de nuevo</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Otra vez</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Empezando…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Continuar</translation>
    </message>
</context>
<context>
    <name>SessionRatings</name>
    <message>
        <source>Rate how I feel first</source>
        <translation>Valorar primero cómo me siento</translation>
    </message>
    <message>
        <source>A quick 0 to 10 rating before the session; you can skip it</source>
        <translation>Una valoración rápida de 0 a 10 antes de la sesión; puede saltársela</translation>
    </message>
    <message>
        <source>Before: how do you feel NOW?</source>
        <translation>Antes: ¿cómo se siente AHORA?</translation>
    </message>
    <message>
        <source>After: how do you feel NOW?</source>
        <translation>Después: ¿cómo se siente AHORA?</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>As the computer ({0})</source>
        <translation>Como el equipo ({0})</translation>
    </message>
    <message>
        <source>The words of every page, the spoken guidance and the report.</source>
        <translation>Las palabras de cada página, la guía hablada y el informe.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Night (dim and warm)</source>
        <translation>Noche (tenue y cálido)</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>{0} %</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>Movimiento</translation>
    </message>
    <message>
        <source>Follow the computer</source>
        <translation>Como indique el sistema</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>Reducir el movimiento</translation>
    </message>
    <message>
        <source>Full motion</source>
        <translation>Movimiento completo</translation>
    </message>
    <message>
        <source>How Companion looks</source>
        <translation>Cómo se ve Companion</translation>
    </message>
    <message>
        <source>Motion (the circle and the figures)</source>
        <translation>Movimiento (el círculo y las figuras)</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <source>My breathing patterns</source>
        <translation>Mis patrones de respiración</translation>
    </message>
    <message>
        <source>Gentle reminders</source>
        <translation>Recordatorios suaves</translation>
    </message>
    <message>
        <source>Write the breathlessness plan…</source>
        <translation>Escribir el plan para la falta de aire…</translation>
    </message>
    <message>
        <source>The care team&apos;s words, shown as the last step of Breathless now</source>
        <translation>Las palabras del equipo de cuidados, que se muestran como último paso de “Me falta el aire”</translation>
    </message>
    <message>
        <source>Breathlessness plan</source>
        <translation>Plan para la falta de aire</translation>
    </message>
    <message>
        <source>Write it with the care team: when to use the medicine they prescribed for breathlessness, who to call, and when to call the emergency number.</source>
        <translation>Escríbalo con el equipo de cuidados: cuándo usar la medicación que le recetaron para la falta de aire, a quién llamar y cuándo llamar al número de emergencias.</translation>
    </message>
    <message>
        <source>One switch, a screen reader, a shaking hand</source>
        <translation>Un pulsador, un lector de pantalla, una mano que tiembla</translation>
    </message>
    <message>
        <source>A simple Home</source>
        <translation>Un Inicio sencillo</translation>
    </message>
    <message>
        <source>Voices</source>
        <translation>Voces</translation>
    </message>
    <message>
        <source>Breathing cues in a loved one&apos;s voice</source>
        <translation>Indicaciones de la respiración con la voz de un ser querido</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Back to the home screen (Esc)</source>
        <translation>Volver a la pantalla de inicio (Esc)</translation>
    </message>
</context>
<context>
    <name>Sheet</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Type, then press Enter or {0}</source>
        <translation>Escriba y pulse Intro o {0}</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Breathe</source>
        <translation>Respirar</translation>
    </message>
    <message>
        <source>Start; pause or resume</source>
        <translation>Empezar; pausar o continuar</translation>
    </message>
    <message>
        <source>Stop the session; or go home</source>
        <translation>Detener la sesión; o ir al inicio</translation>
    </message>
    <message>
        <source>Imagine</source>
        <translation>Imaginar</translation>
    </message>
    <message>
        <source>Play; pause or resume</source>
        <translation>Reproducir; pausar o continuar</translation>
    </message>
    <message>
        <source>Stop; leave the editor; or go home</source>
        <translation>Detener; salir del editor; o ir al inicio</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Estiramientos</translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation>Pausar o continuar</translation>
    </message>
    <message>
        <source>Stop the routine; or go home</source>
        <translation>Detener la rutina; o ir al inicio</translation>
    </message>
    <message>
        <source>Hand massage</source>
        <translation>Masaje de manos</translation>
    </message>
    <message>
        <source>Stop the guide; or go home</source>
        <translation>Detener la guía; o ir al inicio</translation>
    </message>
    <message>
        <source>Breathless now</source>
        <translation>Me falta el aire</translation>
    </message>
    <message>
        <source>The next step</source>
        <translation>El paso siguiente</translation>
    </message>
    <message>
        <source>The step before</source>
        <translation>El paso anterior</translation>
    </message>
    <message>
        <source>Finish; or go back</source>
        <translation>Terminar; o volver</translation>
    </message>
    <message>
        <source>Breathlessness plan</source>
        <translation>Plan para la falta de aire</translation>
    </message>
    <message>
        <source>Close the form</source>
        <translation>Cerrar el formulario</translation>
    </message>
    <message>
        <source>Quiet time</source>
        <translation>Momento de calma</translation>
    </message>
    <message>
        <source>End the quiet time; or go home</source>
        <translation>Terminar el momento de calma; o ir al inicio</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Escuchar</translation>
    </message>
    <message>
        <source>Play, pause or resume the music</source>
        <translation>Reproducir, pausar o continuar la música</translation>
    </message>
    <message>
        <source>Go home (the music goes on)</source>
        <translation>Ir al inicio (la música sigue)</translation>
    </message>
    <message>
        <source>Move the chosen track up</source>
        <translation>Subir la pista elegida</translation>
    </message>
    <message>
        <source>Move the chosen track down</source>
        <translation>Bajar la pista elegida</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Go home</source>
        <translation>Ir al inicio</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Plan de cuidados</translation>
    </message>
    <message>
        <source>Rate as an observer</source>
        <translation>Valorar como observador</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Skip the welcome</source>
        <translation>Saltar la bienvenida</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>En todas partes</translation>
    </message>
    <message>
        <source>Open Help</source>
        <translation>Abrir la Ayuda</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Go to the next control (Shift+Tab: back)</source>
        <translation>Ir al control siguiente (Mayús+Tab: atrás)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Press the button or tick the box with the ring</source>
        <translation>Pulsar el botón o marcar la casilla rodeada por el anillo</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Other pages</source>
        <translation>Otras páginas</translation>
    </message>
    <message>
        <source>Arrows</source>
        <translation>Flechas</translation>
    </message>
    <message>
        <source>Choose within a group of options</source>
        <translation>Elegir dentro de un grupo de opciones</translation>
    </message>
    <message>
        <source>Space or Enter</source>
        <translation>Espacio o Intro</translation>
    </message>
    <message>
        <source>One-switch scanning</source>
        <translation>Barrido con un solo pulsador</translation>
    </message>
    <message>
        <source>Choose what the ring is on (in a session: pause or resume)</source>
        <translation>Elegir lo que marca el anillo (en una sesión: pausar o continuar)</translation>
    </message>
    <message>
        <source>Hold Space or Enter</source>
        <translation>Mantener pulsado Espacio o Intro</translation>
    </message>
    <message>
        <source>Go back; close a question; stop a session</source>
        <translation>Volver; cerrar una pregunta; detener una sesión</translation>
    </message>
</context>
<context>
    <name>SimpleHomeSettings</name>
    <message>
        <source>Show only the chosen tiles on Home</source>
        <translation>Mostrar en el Inicio solo los recuadros elegidos</translation>
    </message>
    <message>
        <source>Everything else stays one press away, behind More</source>
        <translation>Todo lo demás queda a una pulsación, detrás de Más</translation>
    </message>
    <message>
        <source>The tiles (up to three), in this order:</source>
        <translation>Los recuadros (hasta tres), en este orden:</translation>
    </message>
    <message>
        <source>Tiles on Home</source>
        <translation>Recuadros del Inicio</translation>
    </message>
    <message>
        <source>Show “{0}” on Home</source>
        <translation>Mostrar “{0}” en el Inicio</translation>
    </message>
    <message>
        <source>Tile: {0}</source>
        <translation>Recuadro: {0}</translation>
    </message>
    <message>
        <source>Three tiles at most: take one away first.</source>
        <translation>Tres recuadros como máximo: quite uno antes.</translation>
    </message>
    <message>
        <source>Home keeps at least one tile.</source>
        <translation>El Inicio conserva al menos un recuadro.</translation>
    </message>
    <message>
        <source>Home shows: {0}</source>
        <translation>El Inicio muestra: {0}</translation>
    </message>
</context>
<context>
    <name>SpokenCues</name>
    <message>
        <source>Breathe in</source>
        <translation>Tome aire</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Suelte el aire</translation>
    </message>
    <message>
        <source>That is the end of the session. Rest for as long as you like.</source>
        <translation>Aquí termina la sesión. Descanse todo el tiempo que quiera.</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <source>Less: {0}</source>
        <translation>Menos: {0}</translation>
    </message>
    <message>
        <source>More: {0}</source>
        <translation>Más: {0}</translation>
    </message>
    <message>
        <source>Less {0}</source>
        <translation>Menos {0}</translation>
    </message>
    <message>
        <source>More {0}</source>
        <translation>Más {0}</translation>
    </message>
</context>
<context>
    <name>StretchFigure</name>
    <message>
        <source>Movement picture</source>
        <translation>Imagen del movimiento</translation>
    </message>
</context>
<context>
    <name>StretchPage</name>
    <message>
        <source>Move only as far as is comfortable; never into pain.</source>
        <translation>Muévase solo hasta donde le resulte cómodo; nunca hasta sentir dolor.</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Otra vez</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Qué hacer ahora</translation>
    </message>
    <message>
        <source>Sound cues</source>
        <translation>Sonidos de guía</translation>
    </message>
    <message>
        <source>A soft sound as you move</source>
        <translation>Un sonido suave mientras se mueve</translation>
    </message>
    <message>
        <source>Easier</source>
        <translation>Más fácil</translation>
    </message>
    <message>
        <source>Show a gentler way to do this movement</source>
        <translation>Mostrar una forma más suave de hacer este movimiento</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Go on to the next movement</source>
        <translation>Pasar al movimiento siguiente</translation>
    </message>
    <message>
        <source>There is no routine or movement called “{0}”.</source>
        <translation>No hay ninguna rutina ni ningún movimiento llamado “{0}”.</translation>
    </message>
    <message>
        <source>“{0}” is not advised within the limits your care team set.</source>
        <translation>“{0}” no se aconseja dentro de los límites que fijó su equipo de cuidados.</translation>
    </message>
    <message>
        <source>Routine complete</source>
        <translation>Rutina terminada</translation>
    </message>
    <message>
        <source>Routine stopped</source>
        <translation>Rutina detenida</translation>
    </message>
    <message>
        <source>{0}    Time: {1}</source>
        <translation>{0}    Tiempo: {1}</translation>
    </message>
    <message>
        <source>Rest and breathe softly.</source>
        <translation>Descanse y respire con suavidad.</translation>
    </message>
    <message>
        <source>Stay there and breathe softly.</source>
        <translation>Quédese así y respire con suavidad.</translation>
    </message>
    <message>
        <source>Next: {0}</source>
        <translation>Siguiente: {0}</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} de {1}</translation>
    </message>
    <message>
        <source>Movement {0} of {1}</source>
        <translation>Movimiento {0} de {1}</translation>
    </message>
    <message>
        <source>Easier: {0}</source>
        <translation>Más fácil: {0}</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
</context>
<context>
    <name>StretchSetup</name>
    <message>
        <source>Stretch</source>
        <translation>Estiramientos</translation>
    </message>
    <message>
        <source>Small, gentle movements, seated or in bed, at the pace of your breath.</source>
        <translation>Movimientos pequeños y suaves, en una silla o en la cama, al ritmo de su respiración.</translation>
    </message>
    <message>
        <source>For carers</source>
        <translation>Para cuidadores</translation>
    </message>
    <message>
        <source>A gentle hand massage you can give, step by step, with a safety check first.</source>
        <translation>Un masaje de manos suave que usted puede dar, paso a paso, con una comprobación de seguridad antes.</translation>
    </message>
    <message>
        <source>Gentle hand massage (10–15 min)</source>
        <translation>Masaje suave de manos (10–15 min)</translation>
    </message>
    <message>
        <source>A guide for a family member or carer, with a safety check first</source>
        <translation>Una guía para un familiar o un cuidador, con una comprobación de seguridad antes</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>One movement</source>
        <translation>Un movimiento</translation>
    </message>
    <message>
        <source>Make my own routine…</source>
        <translation>Crear mi propia rutina…</translation>
    </message>
    <message>
        <source>Choose movements and keep them as a routine</source>
        <translation>Elegir movimientos y guardarlos como rutina</translation>
    </message>
    <message>
        <source>Make my own routine</source>
        <translation>Crear mi propia rutina</translation>
    </message>
    <message>
        <source>Tick the movements you want, in order:</source>
        <translation>Marque los movimientos que quiera, en orden:</translation>
    </message>
    <message>
        <source>A name, e.g. Morning hands</source>
        <translation>Un nombre, p. ej., Manos por la mañana</translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation>Nombre de la rutina</translation>
    </message>
    <message>
        <source>Save routine</source>
        <translation>Guardar la rutina</translation>
    </message>
    <message>
        <source>Keep this routine</source>
        <translation>Guardar esta rutina</translation>
    </message>
    <message>
        <source>Care plan…</source>
        <translation>Plan de cuidados…</translation>
    </message>
    <message>
        <source>The care team&apos;s limits are set in the care plan</source>
        <translation>Los límites del equipo de cuidados se fijan en el plan de cuidados</translation>
    </message>
    <message>
        <source>Limits from the care team: {0}.</source>
        <translation>Límites del equipo de cuidados: {0}.</translation>
    </message>
    <message>
        <source>Loading the movements…</source>
        <translation>Cargando los movimientos…</translation>
    </message>
    <message numerus="yes">
        <source>%n movement(s) left out for your limits.</source>
        <translation>
            <numerusform>Se deja fuera %n movimiento por sus límites.</numerusform>
            <numerusform>Se dejan fuera %n movimientos por sus límites.</numerusform>
        </translation>
    </message>
    <message>
        <source>(shortened)</source>
        <translation>(acortado)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Forget “{0}”</source>
        <translation>Olvidar “{0}”</translation>
    </message>
    <message>
        <source>Put “{0}” in the new routine: {1}</source>
        <translation>Poner “{0}” en la rutina nueva: {1}</translation>
    </message>
    <message>
        <source>{0} — not advised by your care team</source>
        <translation>{0}: no lo aconseja su equipo de cuidados</translation>
    </message>
    <message>
        <source>Left out because of your limits: {0}</source>
        <translation>Se deja fuera por sus límites: {0}</translation>
    </message>
    <message>
        <source>Tick at least one movement first.</source>
        <translation>Marque antes al menos un movimiento.</translation>
    </message>
    <message>
        <source>Give the routine a name first.</source>
        <translation>Ponga antes un nombre a la rutina.</translation>
    </message>
    <message>
        <source>It could not be saved: {0}.</source>
        <translation>No se pudo guardar: {0}.</translation>
    </message>
    <message>
        <source>Saved “{0}”.</source>
        <translation>Se guardó “{0}”.</translation>
    </message>
</context>
<context>
    <name>StretchState</name>
    <message>
        <source>The movement guides could not be loaded ({0}). Everything else still works.</source>
        <translation>No se pudieron cargar las guías de movimiento ({0}). Todo lo demás sigue funcionando.</translation>
    </message>
    <message>
        <source>Your stretch settings could not be saved ({0}).</source>
        <translation>No se pudieron guardar sus ajustes de estiramientos ({0}).</translation>
    </message>
    <message>
        <source>mixes seated and in-bed movements</source>
        <translation>mezcla movimientos en silla y en la cama</translation>
    </message>
    <message>
        <source>My own routine</source>
        <translation>Mi propia rutina</translation>
    </message>
</context>
<context>
    <name>TapView</name>
    <message>
        <source>Start where you are</source>
        <translation>Empezar desde su ritmo</translation>
    </message>
    <message>
        <source>Breathe as you are now; there is no right speed. Tap the big button, or press Space, each time you begin to breathe in. Hold it down while you breathe in, if you like. Three or four breaths are enough.</source>
        <translation>Respire como lo hace ahora; no hay una velocidad correcta. Pulse el botón grande, o la tecla Espacio, cada vez que empiece a tomar aire. Si quiere, manténgalo pulsado mientras toma aire. Bastan tres o cuatro respiraciones.</translation>
    </message>
    <message>
        <source>Tap as you breathe in</source>
        <translation>Pulse al tomar aire</translation>
    </message>
    <message>
        <source>Press as each in-breath begins (Space does the same)</source>
        <translation>Pulse cada vez que empiece a tomar aire (Espacio hace lo mismo)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to the set-up (Esc)</source>
        <translation>Volver a la preparación (Esc)</translation>
    </message>
    <message>
        <source>Start without tapping</source>
        <translation>Empezar sin marcar</translation>
    </message>
    <message>
        <source>Start at the chosen pattern</source>
        <translation>Empezar con el patrón elegido</translation>
    </message>
    <message>
        <source>Start at {0} instead</source>
        <translation>Empezar en {0}</translation>
    </message>
    <message>
        <source>Let us count again from this breath.</source>
        <translation>Volvamos a contar desde esta respiración.</translation>
    </message>
    <message>
        <source>Those breaths were quite different. Keep tapping as you breathe.</source>
        <translation>Esas respiraciones fueron bastante distintas. Siga pulsando al respirar.</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <comment>taps so far, of the taps needed: 2 of 4</comment>
        <translation>{0} de {1}</translation>
    </message>
</context>
<context>
    <name>TrackList</name>
    <message>
        <source>Tracks</source>
        <translation>Pistas</translation>
    </message>
    <message>
        <source>Tracks to arrange</source>
        <translation>Pistas que ordenar</translation>
    </message>
    <message>
        <source>The tracks of this playlist. Enter or a double click plays one.</source>
        <translation>Las pistas de esta lista. Intro o un doble clic reproduce una.</translation>
    </message>
    <message>
        <source>Drag a track by its handle, or press Ctrl+Up and Ctrl+Down, to move it; drop music files or folders here to add them.</source>
        <translation>Arrastre una pista por su asa, o pulse Ctrl+Arriba y Ctrl+Abajo, para moverla; suelte aquí archivos o carpetas de música para añadirlos.</translation>
    </message>
    <message>
        <source>The tracks of this playlist</source>
        <translation>Las pistas de esta lista</translation>
    </message>
    <message>
        <source>Left out: marked unsettled twice. “Also play tracks marked unsettled twice” in Edit playlist brings it back.</source>
        <translation>Dejada fuera: marcada dos veces con “me inquietó”. Para recuperarla, en Editar la lista, marque “Poner también las pistas marcadas dos veces con ‘me inquietó’”.</translation>
    </message>
    <message>
        <source>· missing or cannot play</source>
        <translation>· no se encuentra o no se puede reproducir</translation>
    </message>
    <message>
        <source>· marked “unsettled” once</source>
        <translation>· marcada una vez con “me inquietó”</translation>
    </message>
    <message numerus="yes">
        <source>· marked “unsettled” %n times, left out</source>
        <translation>
            <numerusform>· marcada %n vez con “me inquietó”, dejada fuera</numerusform>
            <numerusform>· marcada %n veces con “me inquietó”, dejada fuera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>· marked “unsettled” %n times</source>
        <translation>
            <numerusform>· marcada %n vez con “me inquietó”</numerusform>
            <numerusform>· marcada %n veces con “me inquietó”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoiceSettings</name>
    <message>
        <source>A natural voice reads English. The standard voices (espeak-ng) read every language, and speak whenever the natural voice cannot. You can add a Piper voice you have: its .onnx file, with its .onnx.json beside it.</source>
        <translation>Una voz natural lee en inglés. Las voces estándar (espeak-ng) leen todos los idiomas y hablan siempre que la voz natural no puede. Puede añadir una voz de Piper que tenga: su archivo .onnx, con su .onnx.json al lado.</translation>
    </message>
    <message>
        <source>Show the voices of every language</source>
        <translation>Mostrar las voces de todos los idiomas</translation>
    </message>
    <message>
        <source>Otherwise only the voices for the language Companion speaks</source>
        <translation>Si no, solo las voces del idioma en que habla Companion</translation>
    </message>
    <message>
        <source>Voices</source>
        <translation>Voces</translation>
    </message>
    <message>
        <source>Each voice with its engine, language and licence</source>
        <translation>Cada voz con su motor, su idioma y su licencia</translation>
    </message>
    <message>
        <source>Voice status</source>
        <translation>Estado de la voz</translation>
    </message>
    <message>
        <source>Hear this voice</source>
        <translation>Oír esta voz</translation>
    </message>
    <message>
        <source>Say a line with the chosen voice</source>
        <translation>Decir una frase con la voz elegida</translation>
    </message>
    <message>
        <source>Add a voice…</source>
        <translation>Añadir una voz…</translation>
    </message>
    <message>
        <source>Add a Piper voice (.onnx and .onnx.json)</source>
        <translation>Añadir una voz de Piper (.onnx y .onnx.json)</translation>
    </message>
    <message>
        <source>Remove this voice</source>
        <translation>Quitar esta voz</translation>
    </message>
    <message>
        <source>Delete a voice you added</source>
        <translation>Borrar una voz que usted añadió</translation>
    </message>
    <message>
        <source>{0} — speaks when no voice is chosen</source>
        <translation>{0}: habla cuando no hay ninguna voz elegida</translation>
    </message>
    <message>
        <source>{0} — added by you</source>
        <translation>{0}: añadida por usted</translation>
    </message>
    <message>
        <source>{0} · language {1} · licence: {2}</source>
        <translation>{0} · idioma {1} · licencia: {2}</translation>
    </message>
    <message>
        <source>Breathe in gently, and let the breath go by itself.</source>
        <translation>Tome aire con suavidad y deje que el aire salga solo.</translation>
    </message>
    <message>
        <source>Preparing “{0}”…</source>
        <translation>Preparando “{0}”…</translation>
    </message>
    <message>
        <source>Playing “{0}”.</source>
        <translation>Sonando “{0}”.</translation>
    </message>
    <message>
        <source>Add a Piper voice</source>
        <translation>Añadir una voz de Piper</translation>
    </message>
    <message>
        <source>Piper voices (*.onnx);;All files (*)</source>
        <translation>Voces de Piper (*.onnx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Checking “{0}”: loading it and saying a test line…</source>
        <translation>Comprobando “{0}”: cargándola y diciendo una frase de prueba…</translation>
    </message>
    <message>
        <source>Added “{0}”. It is saying a test line; choose it in Imagine.</source>
        <translation>Se añadió “{0}”. Está diciendo una frase de prueba; elíjala en Imaginar.</translation>
    </message>
    <message>
        <source>“{0}” was not added. {1}</source>
        <translation>No se añadió “{0}”. {1}</translation>
    </message>
    <message>
        <source>Remove this voice?</source>
        <translation>¿Quitar esta voz?</translation>
    </message>
    <message>
        <source>“{0}” will be deleted from Companion. Your own copy is not touched.</source>
        <translation>“{0}” se borrará de Companion. Su propia copia no se toca.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <source>“{0}” was removed.</source>
        <translation>Se quitó “{0}”.</translation>
    </message>
    <message>
        <source>“{0}” could not be removed.</source>
        <translation>No se pudo quitar “{0}”.</translation>
    </message>
</context>
<context>
    <name>Voices</name>
    <message>
        <source>natural</source>
        <translation>natural</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>estándar</translation>
    </message>
    <message>
        <source>Piper (natural)</source>
        <translation>Piper (natural)</translation>
    </message>
    <message>
        <source>espeak-ng (standard)</source>
        <translation>espeak-ng (estándar)</translation>
    </message>
    <message>
        <source>any language</source>
        <translation>cualquier idioma</translation>
    </message>
    <message>
        <source>{0} ({1}, {2})</source>
        <translation>{0} ({1}, {2})</translation>
    </message>
    <message>
        <source>not stated (a voice you added)</source>
        <translation>no indicada (una voz que usted añadió)</translation>
    </message>
    <message>
        <source>Default voice</source>
        <translation>Voz predeterminada</translation>
    </message>
    <message>
        <source>Default voice: {0}</source>
        <translation>Voz predeterminada: {0}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Companion</source>
        <translation>Le damos la bienvenida a Companion</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Qué es</translation>
    </message>
    <message>
        <source>Companion offers slow, soft breathing with a circle and gentle sounds, calming sounds and your own music, spoken relaxation, gentle seated movements, and a hand-massage guide for carers. It keeps a private record of sessions that you can share with your care team if you wish.</source>
        <translation>Companion ofrece respiración lenta y suave con un círculo y sonidos delicados, sonidos tranquilos y su propia música, relajación hablada, movimientos suaves sentado y una guía de masaje de manos para cuidadores. Guarda un registro privado de las sesiones que puede compartir con su equipo de cuidados si lo desea.</translation>
    </message>
    <message>
        <source>What it is not</source>
        <translation>Qué no es</translation>
    </message>
    <message>
        <source>Companion does not diagnose or treat anything and is not a replacement for your care team. It is not for sudden or severe breathlessness: if you cannot speak in short sentences, get urgent help.</source>
        <translation>Companion no diagnostica ni trata nada y no sustituye a su equipo de cuidados. No es para una falta de aire repentina o intensa: si no puede hablar con frases cortas, pida ayuda urgente.</translation>
    </message>
    <message>
        <source>Ask your care team first</source>
        <translation>Consulte antes a su equipo de cuidados</translation>
    </message>
    <message>
        <source>Please show Companion to your doctor, nurse or therapist before starting, especially the breathing and movement exercises and the hand massage.</source>
        <translation>Enseñe Companion a su médico, enfermera o terapeuta antes de empezar, sobre todo los ejercicios de respiración y de movimiento y el masaje de manos.</translation>
    </message>
    <message>
        <source>Your data stays here</source>
        <translation>Sus datos se quedan aquí</translation>
    </message>
    <message>
        <source>Everything stays on this computer, readable only by you. Nothing is sent anywhere. History and playlists: {0}. Settings: {1}.</source>
        <translation>Todo se queda en este equipo y solo usted puede leerlo. No se envía nada a ningún sitio. Historial y listas de reproducción: {0}. Ajustes: {1}.</translation>
    </message>
    <message>
        <source>Let&apos;s begin</source>
        <translation>Empecemos</translation>
    </message>
    <message>
        <source>Go to the home screen (Enter)</source>
        <translation>Ir a la pantalla de inicio (Intro)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Skip the welcome (Esc)</source>
        <translation>Saltar la bienvenida (Esc)</translation>
    </message>
</context>
<context>
    <name>WhoRow</name>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Family caregiver</source>
        <translation>Familiar cuidador</translation>
    </message>
    <message>
        <source>Professional caregiver</source>
        <translation>Cuidador profesional</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Respondido por</translation>
    </message>
    <message>
        <source>Who gave these answers</source>
        <translation>Quién dio estas respuestas</translation>
    </message>
</context>
</TS>
