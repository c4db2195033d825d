# poa-review interface strings: Spanish (español), every key of en.ftl.

path-prompt-label = Ruta del archivo
button-save = Guardar
button-export = Exportar
button-open = Abrir
button-cancel = Cancelar
recovery-title = ¿Recuperar los cambios sin guardar?
recovery-text = Una copia guardada automáticamente ({ $when }) es más reciente que el examen guardado.
recovery-recover = Recuperar
recovery-discard = Descartar la copia automática
guard-title = ¿Guardar los cambios?
guard-text = { $name } tiene cambios sin guardar.
guard-discard = Descartar los cambios
shortcuts-note = Las teclas simples (flechas, j, k, 1–6) funcionan cuando el cursor no está en ningún campo de texto.
dialog-open = Abrir un examen o un conjunto de datos
dialog-new-from-dataset = Nuevo examen a partir de un archivo de conjunto de datos
dialog-save-as = Guardar el examen como
dialog-export-chart = Exportar el gráfico como PNG o SVG
filter-reviews-datasets = Exámenes y conjuntos de datos
filter-all-files = Todos los archivos
filter-datasets = Conjuntos de datos
filter-reviews = Exámenes
filter-png = Imagen PNG
filter-svg = Dibujo SVG
recovery-unreadable = No se pudo leer una copia guardada automáticamente, que se ha dejado como estaba:
no-native-dialog = Aquí no hay ningún diálogo de archivos del sistema; escriba la ruta del archivo.
chart-written = Gráfico guardado en { $path } ({ $size })
edit-failed = No se pudo realizar el cambio:
undo-failed = No se pudo deshacer ni rehacer:
read-only = solo lectura
untitled-review = Examen sin título
status-no-review = Ningún examen abierto
status-built-in = ejemplo integrado
status-dataset = Conjunto de datos: { $title } { $version } ({ $origin })
status-assessed = Evaluados: { $n } / { $total }
status-read-only = Solo lectura
status-saving = Guardando…
status-unsaved = Cambios sin guardar
status-saved = Guardado
status-not-saved = Aún no guardado
busy-open = Abriendo…
busy-dialog = Esperando el diálogo de archivos…
busy-export = Exportando el gráfico…
busy-other = Procesando…
message-error = Error
message-warning = Advertencia
message-dismiss = Cerrar
message-dismiss-tip = Quitar este mensaje
banner-read-only = Este examen está abierto en otro lugar ({ $holder }). Puede consultarlo y guardar una copia.
banner-read-only-lock-failed = Este examen no se pudo bloquear para editarlo ({ $reason }). Puede consultarlo y guardar una copia.
banner-save-copy = Guardar una copia como…
banner-changed = Modificado en el disco
banner-changed-text = Otro programa ha modificado este archivo desde que usted lo abrió.
banner-reload = Volver a cargar desde el disco
banner-reload-tip = Se perderán los cambios que no haya guardado aquí
banner-keep = Conservar esta versión
welcome-text = Examen de los progresos realizados en la aplicación de la Declaración Política y el Plan de Acción de 2009
welcome-recent = Recientes
detail-nothing-selected = Seleccione un compromiso para consultarlo y evaluarlo, o un pilar para redactar su exposición.
tab-commitments = Compromisos
tab-charts = Gráficos
tree-heading = Pilares
tree-all = Todos los compromisos ({ $n })
tree-outside = Fuera de los pilares
tree-no-commitments = Ningún compromiso
narrative-unknown-group = Este grupo no figura en el conjunto de datos.
narrative-intro = La exposición de la delegación sobre este pilar, según el modelo de la declaración ministerial conjunta.
narrative-achievements = Logros
narrative-challenges = Desafíos
narrative-priorities = Prioridades para la adopción de nuevas medidas
filter-all = { $name }: todos
filter-some = { $name }: { $n }
search-label = Buscar
search-hint = Inglés, 中文 o una referencia, p. ej. 89 (g)
search-count = { $n } de { $total }
filter-status = Estado
filter-evidence = Pruebas
filter-tag = Etiqueta
filter-tag-any-short = cualquiera
filter-tag-any = Cualquier etiqueta
filter-since = Modificado desde
filter-date-format = fecha en formato AAAA-MM-DD
filter-no-evidence = Evaluado, sin pruebas
filter-no-evidence-tip = Compromisos con un estado pero sin elementos de prueba ni nivel de prueba
filter-clear = Borrar filtros
list-empty = Ningún compromiso coincide con la búsqueda y los filtros.
column-reference = Referencia
column-commitment = Compromiso
column-status = Estado
column-evidence = Pruebas
column-changed = Última modificación
field-status = Estado
field-evidence-level = Nivel de prueba
field-evidence = Pruebas
field-notes = Notas
field-talking-points = Puntos de intervención
detail-unknown = Este compromiso no figura en el conjunto de datos.
detail-language = Idioma
detail-side-by-side = En paralelo
detail-with = con
detail-fallback = Texto no disponible en { $language }; se muestra en inglés
detail-no-text = Sin texto
detail-tags = Etiquetas
detail-target = Objetivo 2019 ({ $letter }): { $title }
detail-indicator = Indicador: { $name }
detail-key = Tecla { $n }
detail-last-changed = Última modificación: { $when }, por { $who }
detail-evidence-count = Pruebas ({ $n })
detail-add-evidence = Añadir prueba…
detail-open-link = Abrir enlace
detail-edit = Editar
detail-edit-tip = Editar el elemento de prueba { $n }
detail-remove = Quitar
detail-remove-tip = Quitar el elemento de prueba { $n }
evidence-edit-title = Editar prueba
evidence-new-title = Nueva prueba
evidence-symbol = Signatura del documento
evidence-paragraph = Párrafo
evidence-location = URL o archivo
evidence-location-hint = https://… o ruta de un archivo
evidence-note = Nota
evidence-note-hint = Lo que demuestra
evidence-save = Guardar prueba
evidence-add = Añadir
detail-notes = Notas (para compartir)
detail-talking-points = Puntos de intervención (privados)
detail-private-note = Privado: nunca se exporta, salvo que solicite una copia interna
detail-history = Historial ({ $n })
detail-no-history = Aún no hay cambios
detail-now = Actual
detail-empty-value = (vacío)
chart-trends = Evolución de los indicadores
chart-status = Estado por pilar
chart-progress = Progresos a lo largo del tiempo
chart-targets = Los objetivos de 2019 de un vistazo
chart-chart = Gráfico
chart-indicators = Indicadores ({ $n })
chart-language = Idioma del gráfico
chart-export-size = Tamaño de exportación
chart-size-screen = Como en pantalla
chart-export = Exportar gráfico…
chart-export-tip = Guardar el gráfico como PNG o SVG
chart-copy = Copiar imagen
chart-copy-tip = Copiar al portapapeles el gráfico tal como se muestra
flag-reported = notificado
flag-estimated = estimado
flag-derived = calculado
flag-revised = revisado
chart-hover = { $place }, { $year }: { $value } { $unit } ({ $flag })
    Fuente: { $source }
menu-file = Archivo
menu-open-recent = Abrir reciente
menu-no-recent = No hay archivos recientes
menu-edit = Edición
menu-view = Ver
menu-help = Ayuda
menu-language = Idioma
menu-theme = Tema
theme-system = Según el sistema
theme-light = Claro
theme-dark = Oscuro
menu-native-dialogs = Usar los diálogos de archivo del sistema
menu-native-dialogs-tip = Desactivado: escribir las rutas de archivo en la aplicación
menu-renderer = Motor de renderizado (desde el próximo inicio)
renderer-wgpu = wgpu (predeterminado)
renderer-wgpu-tip = Vulkan, Metal, DirectX 12 u OpenGL 3.3
renderer-glow = OpenGL (compatibilidad)
renderer-glow-tip = Para tarjetas gráficas antiguas, o si el dibujo es lento
cmd-new-sample = Nuevo examen del ejemplo integrado
cmd-new-sample-tip = Iniciar un examen nuevo y vacío del conjunto de datos de ejemplo integrado
cmd-new-review = Nuevo examen a partir de un conjunto de datos…
cmd-new-review-tip = Iniciar un examen nuevo y vacío de un archivo de conjunto de datos (.dataset.ron)
cmd-open = Abrir…
cmd-open-tip = Abrir un examen (.review.ron) o un conjunto de datos (.dataset.ron)
cmd-save = Guardar
cmd-save-tip = Guardar el examen
cmd-save-as = Guardar como…
cmd-save-as-tip = Guardar el examen con otro nombre
cmd-close = Cerrar
cmd-close-tip = Cerrar el examen
cmd-quit = Salir
cmd-quit-tip = Salir de poa-review
cmd-undo = Deshacer
cmd-undo-tip = Deshacer el último cambio
cmd-redo = Rehacer
cmd-redo-tip = Rehacer el último cambio deshecho
cmd-find = Buscar
cmd-find-tip = Buscar compromisos en inglés y en chino, y por referencia
cmd-next-row = Compromiso siguiente
cmd-next-row-tip = Seleccionar el compromiso siguiente de la lista
cmd-previous-row = Compromiso anterior
cmd-previous-row-tip = Seleccionar el compromiso anterior de la lista
cmd-set-status = Asignar estado { $n }
cmd-set-status-tip = Asignar un estado al compromiso seleccionado
cmd-zoom-in = Acercar
cmd-zoom-in-tip = Agrandar todo
cmd-zoom-out = Alejar
cmd-zoom-out-tip = Reducir todo
cmd-zoom-reset = Tamaño normal
cmd-zoom-reset-tip = Volver al tamaño normal
cmd-shortcuts = Atajos de teclado
cmd-shortcuts-tip = Mostrar los atajos de teclado
lang-ar = Árabe
brief-title = Examen de la Declaración Política y el Plan de Acción de 2009: nota informativa
brief-delegation = Delegación
brief-dataset = Conjunto de datos
brief-date = Fecha
brief-assessed = Compromisos evaluados
brief-assessed-value = { $n } de { $total }
brief-copy = Ejemplar
brief-internal = Interno: contiene puntos de intervención confidenciales
brief-shareable = Para compartir
brief-internal-mark = Interno
brief-overview = Panorama general
brief-pillars = Pilares del Plan de Acción
brief-outside = Fuera de los pilares
brief-counts = Compromisos por estado
brief-achievements = Logros
brief-challenges = Desafíos
brief-priorities = Prioridades para la adopción de nuevas medidas
brief-narrative-empty = (no se ha redactado ninguna exposición)
brief-supporting = Compromisos conexos
brief-supporting-more = { $n ->
    [one] y { $n } más, que figura en el cuadro siguiente
   *[other] y { $n } más, que figuran todos en el cuadro siguiente
    }
brief-none = ninguno
brief-commitments = Compromisos
brief-assessed-table = Compromisos evaluados
brief-unassessed = Compromisos aún no evaluados (que solo figuran en el anexo 1): { $n }
brief-reference = Referencia
brief-summary = Resumen
brief-status = Estado
brief-evidence-level = Nivel de prueba
brief-evidence = Pruebas
brief-notes = Notas
brief-talking-points = Puntos de intervención (uso interno)
brief-trends = Evolución de los indicadores
brief-targets = Los objetivos de 2019
brief-targets-intro = Variación de cada indicador vinculado desde su valor de referencia de 2009 hasta su valor más reciente (método: docs/indicators.md).
brief-indicator = Indicador
brief-change = Variación
brief-rating = Valoración
brief-no-indicator = No hay ningún indicador en este conjunto de datos.
brief-annex-matrix = Anexo 1: la matriz, todos los compromisos por pilar
brief-annex-intro = Todos los compromisos, por pilar y grupo, con su estado y su nivel de prueba. Los textos, las pruebas y las notas figuran en las secciones anteriores; las exportaciones a Excel y CSV contienen la matriz con todos los campos.
brief-annex-sources = Anexo 2: fuentes
brief-group = Pilar o grupo
brief-source = Fuente
brief-title-col = Título
brief-url = Dirección
brief-page = Página
cmd-export = Exportar nota informativa…
cmd-export-tip = Guardar la nota informativa como PDF, Word, HTML o Markdown, o la matriz como Excel o CSV
export-title = Exportar nota informativa
export-format = Formato
export-profile = Ejemplar
export-shareable = Para compartir: se omiten los puntos de intervención confidenciales
export-internal = Interno: incluye los puntos de intervención, con una marca en cada página
export-language = Idioma
export-pillars = Pilares y grupos
export-internal-warning = Este ejemplar contendrá puntos de intervención confidenciales.
export-go = Exportar…
export-done = Guardado: { $path }
export-chart-failed = El gráfico “{ $chart }” no se pudo dibujar y falta en la exportación: { $reason }
export-open-file = Abrir el archivo
export-open-folder = Abrir la carpeta
dialog-export-briefing = Exportar la nota informativa como
filter-briefing = Nota informativa

# Issue 14, items 15–18 (exports in real programs): references in the briefing's language.
ref-paragraph = { $symbol }, párr. { $paragraph }
ref-paragraph-letter = { $symbol }, párr. { $paragraph } ({ $letter })
ref-paragraph-only = párr. { $paragraph }

# Issue 14, items 13, 14 and 19 (where an export writes, and the dataset it was made with).
output-no-folder = La carpeta { $folder } no existe; créela o elija otra carpeta.
output-not-a-folder = { $folder } es un archivo, no una carpeta; elija una carpeta en la que escribir.
output-is-folder = { $path } es una carpeta, no un archivo; elija un nombre de archivo dentro de ella.
output-is-input = { $path } es el archivo { $input }, que la exportación lee; elija otro nombre de archivo para no sobrescribirlo.
output-wrong-extension = { $path } termina en .{ $ext }, que no corresponde al formato elegido; llámelo .{ $expected } o elija el formato que indica su nombre.
export-other-version = Este examen se hizo con la versión { $review } del conjunto de datos “{ $id }”, y el conjunto de datos abierto es la versión { $dataset }. La nota informativa lo indicará bajo su título; revise primero las evaluaciones de los compromisos modificados.
export-other-version-refused = este examen se hizo con la versión { $review } del conjunto de datos “{ $id }”, pero el conjunto de datos encontrado ({ $origin }) es la versión { $dataset }; coloque la versión { $review } junto al examen o indíquela con --dataset ARCHIVO, o añada --any-dataset-version para exportar de todos modos con la versión { $dataset } (la nota informativa lo indica entonces bajo su título)
brief-dataset-other-version = { $dataset } — el examen se hizo con la versión { $review }, no con esta

# Issue 14, items 1, 4 and 7 (charts on any dataset, opening an export, the shortcuts list).
chart-error-no-indicator = Elija al menos un indicador.
chart-error-no-data = Ningún indicador de este conjunto de datos tiene valores que representar.
chart-error-unknown = El indicador “{ $id }” no figura en este conjunto de datos; elija indicadores de la lista.
chart-error-units = “{ $first }” se expresa en { $first_unit } y “{ $other }” en { $other_unit }; represente juntos indicadores de una misma unidad.
chart-error-no-values = Los indicadores elegidos no tienen valores.
chart-error-other = No se pudo dibujar el gráfico: { $reason }
chart-indicators-last = Un gráfico necesita al menos un indicador; elija otro antes de quitar este.
open-with-not-found = No se pudo abrir { $path }: no se encontró el programa { $program }. Ábralo desde su gestor de archivos.
open-with-failed = No se pudo abrir { $path }: { $program } terminó con el código de salida { $code } (quizá no haya ningún programa instalado para este tipo de archivo). Ábralo desde su gestor de archivos.
open-with-stopped = No se pudo abrir { $path }: { $program } se detuvo antes de terminar.
open-with-not-started = No se pudo abrir { $path }: no se pudo iniciar { $program } ({ $reason }).
shortcut-set-status = Asignar estado: { $status }

# Issue 14, items 2, 3, 5, 8, 10 and 11 (search by tag labels, the list's layout, loading).
column-resize = Arrastre para cambiar el ancho de la columna “{ $column }”
loading-title = Abriendo { $name }
loading-reading = Leyendo el archivo: { $read }
loading-reading-of = Leyendo el archivo: { $read } de { $total }
loading-parsing = Leyendo los compromisos y el examen…
loading-dataset = Buscando el conjunto de datos del examen…
loading-dataset-of = Leyendo el conjunto de datos del examen: { $read } de { $total }
loading-checking = Comprobando el documento…

# Issue 15, part I: charts, analysis and summaries speak through Fluent too.
chart-title-status = Estado de los compromisos por pilar
chart-title-progress = Compromisos en cada estado a lo largo del tiempo
chart-title-targets = Los objetivos de 2019 de un vistazo
chart-title-trends = Evolución de los indicadores
chart-no-history = Aún no se ha asignado ningún estado: el historial está vacío.
chart-axis-commitments = Compromisos
chart-assessed = evaluados
chart-no-review = Sin examen: ningún compromiso está evaluado
chart-targets-method = Variación desde el valor de referencia de 2009 hasta el valor más reciente; una variación de ±10 % o más en sentido favorable o desfavorable indica progreso o retroceso
chart-no-indicator = No hay ningún indicador en este conjunto de datos
chart-no-baseline = sin valor de referencia
chart-source = Fuente:
chart-baseline = (referencia)
chart-target = (objetivo)
chart-estimated = valor estimado o calculado
rating-progress = Progreso
rating-stagnation = Estancamiento
rating-regression = Retroceso
rating-no-data = Sin datos
summary-total = Total

# A text shown as it is (a parser's own words, a file name): the same in every language.
plain-text = { $text }

# Issue 15, part I: problems in files, as the command line and the window show them.
level-error = error
level-warning = advertencia

# Issue 15, part I: what validation finds in a dataset or review.
term-unit = unidad
term-tag = etiqueta
term-indicator = indicador
term-target-area = área de objetivo
term-source = fuente
term-group = grupo
term-commitment = compromiso
term-section = sección
term-status-level = nivel de estado
term-evidence-level = nivel de prueba
validate-dataset-id-empty = el identificador del conjunto de datos está vacío; asigne al conjunto de datos un identificador estable, como “poa2009-review”
validate-dataset-version-empty = la versión del conjunto de datos está vacía; indique una versión, como “1.0.0”
validate-no-pillar = ningún grupo es un pilar; un conjunto de datos necesita los pilares del Plan de Acción (kind: Pillar)
validate-section-twice = el identificador de sección “{ $id }” se usa dos veces (también en el grupo “{ $group }”); los identificadores de sección deben ser únicos en el conjunto de datos
validate-no-commitments = el conjunto de datos no contiene ningún compromiso
validate-section-unknown = la sección “{ $section }” no existe; utilice una de las secciones del grupo “{ $group }”
validate-section-other-group = la sección “{ $section }” pertenece al grupo “{ $owner }”, no a “{ $group }”; corrija el grupo o la sección
validate-no-section = el compromiso “{ $commitment }” no tiene sección, pero el grupo “{ $group }” tiene secciones; añada `section: Some("…")`
validate-target-not-finite = el valor del objetivo no es un número finito
validate-no-observations = el indicador “{ $indicator }” no tiene observaciones
validate-year-twice = el año { $year } aparece dos veces en la serie de “{ $indicator }”; conserve un solo valor por año
validate-year-order = la serie de “{ $indicator }” no está en orden cronológico ({ $year } después de { $last }); ordénela por año
validate-value-not-finite = el valor no es un número finito
validate-mixed-units = la serie de “{ $indicator }” mezcla unidades: este valor está expresado en “{ $unit }”, pero el indicador lo está en “{ $indicator_unit }”; convierta el valor o cree un indicador aparte
validate-status-scale-short = la escala de estados necesita al menos dos niveles: primero “no evaluado” y luego las valoraciones
validate-not-colour = “{ $colour }” no es un color; escríbalo con el formato “#rrggbb”, p. ej. “#2e7d32”
validate-evidence-scale-empty = la escala de pruebas está vacía; necesita al menos “sin pruebas”
validate-delegation-empty = el nombre de la delegación está vacío
validate-history-order = esta entrada del historial es anterior a la precedente; el historial debe seguir el orden cronológico
validate-other-dataset = este examen corresponde al conjunto de datos “{ $review_dataset }”, pero el conjunto de datos indicado es “{ $dataset }”; abra el examen con su propio conjunto de datos
validate-other-version = este examen se hizo con la versión { $review_version } del conjunto de datos, que ahora está en la versión { $version }; revise las evaluaciones de los compromisos modificados
validate-content-changed = el contenido del conjunto de datos ha cambiado desde que se hizo este examen, aunque su versión ({ $version }) no ha cambiado; revise las evaluaciones
validate-unknown-assessed = el examen evalúa el compromiso “{ $id }”, que no figura en el conjunto de datos; elimine la evaluación o utilice el conjunto de datos con el que se hizo
validate-unknown-status = el estado “{ $status }” no figura en la escala de estados del conjunto de datos ({ $levels })
validate-unknown-evidence = el nivel de prueba “{ $level }” no figura en la escala de pruebas del conjunto de datos ({ $levels })
validate-unknown-narrative = el examen contiene una exposición para el grupo “{ $id }”, que no figura en el conjunto de datos
validate-unknown-history = entrada del historial sobre “{ $id }” ({ $what }), que no figura en el conjunto de datos (se conserva, ya que el historial nunca se reescribe)
validate-id-empty = { $what }: el identificador está vacío
validate-id-spaces = { $what } “{ $id }”: el identificador empieza o termina con espacios
validate-id-character = { $what } “{ $id }”: el identificador contiene el carácter { $character }; los identificadores solo pueden contener letras ASCII, dígitos, `-`, `_` y `.`
validate-id-character-symbol = { $what } “{ $id }”: el identificador contiene el carácter { $character }; los identificadores solo pueden contener letras ASCII, dígitos, `-`, `_`, `/` y `.`
validate-id-start = { $what } “{ $id }”: el identificador debe empezar por una letra o un dígito
validate-id-dots = { $what } “{ $id }”: el identificador no debe contener `..` ni un `.` después de `/`
validate-id-long = { $what } “{ $id }”: el identificador tiene { $n } caracteres; los identificadores pueden tener como máximo { $max }
validate-id-twice = { $what } “{ $id }”: el identificador se usa dos veces; cada { $what } necesita su propio identificador
validate-dangling = { $what } “{ $id }”: no existe; añada el elemento a `{ $list }` o corrija la referencia
validate-year-range = el año { $year } está fuera del intervalo admitido ({ $first }–{ $last }); ¿se trata de un error de escritura?
validate-unknown-language = código de idioma desconocido “{ $code }”; utilice uno de estos: { $codes }
validate-english-missing = falta el texto en inglés (“en”); todo texto necesita la versión en inglés, que se muestra cuando falta un idioma
validate-text-missing = falta el texto “{ $code }”; se mostrará el texto en inglés con una marca

# Issue 15, part I: the command line (in the system's language, or POA_REVIEW_LANG's).
cli-need-format = indique --format, o un nombre de archivo que termine en .pdf, .docx, .html, .md, .xlsx o .csv
cli-dataset-not-found = no se encontró el conjunto de datos “{ $id }” junto al examen ni entre los integrados
cli-dataset-not-found-pass = no se encontró el conjunto de datos “{ $id }” junto al examen ni entre los integrados; indíquelo con --dataset ARCHIVO
cli-dataset-not-found-unchecked = no se encontró el conjunto de datos “{ $id }” junto al examen ni entre los integrados, por lo que no se verificaron las referencias del examen; indíquelo con --dataset ARCHIVO
cli-given-dataset-unloadable = no se pudo cargar el conjunto de datos indicado con --dataset, por lo que no se verificaron las referencias del examen
cli-no-group = no hay ningún pilar ni grupo “{ $id }”; el conjunto de datos tiene: { $known }
cli-written = { $path } ({ $kib } KiB)
cli-no-folder = no se pudo crear la carpeta: { $reason }
cli-generated-dataset = { $path }: { $commitments ->
        [one] { $commitments } compromiso
       *[other] { $commitments } compromisos
    }, { $indicators ->
        [one] { $indicators } indicador
       *[other] { $indicators } indicadores
    }, { $points ->
        [one] { $points } punto
       *[other] { $points } puntos
    }
cli-generated-review = { $path }: { $assessments ->
        [one] { $assessments } evaluación
       *[other] { $assessments } evaluaciones
    }
cli-bad-scale = --scale debe estar entre 0.25 y 8, no { $scale }
cli-chart-written = { $path }: { $title } ({ $width } × { $height })
cli-ok = { $path }: válido ({ $note })
cli-note-dataset = conjunto de datos { $id } { $version }, { $commitments ->
        [one] { $commitments } compromiso
       *[other] { $commitments } compromisos
    }, { $indicators ->
        [one] { $indicators } indicador
       *[other] { $indicators } indicadores
    }
cli-note-review = examen de { $delegation }, { $assessed } de { $total } compromisos evaluados, verificado con { $origin }
cli-summary-dataset = Conjunto de datos { $title } ({ $version })
cli-summary-review = Examen { $delegation } — evaluados: { $assessed }/{ $total }
