# poa-review interface strings: Spanish (español), every key of en.ftl.

path-prompt-label = Ruta del archivo
button-save = Guardar
button-export = Exportar
button-import = Importar
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
brief-annex-sources = Anexo 3: fuentes
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
chart-targets-method = Variación desde el valor de referencia de 2009 (o el año posterior más cercano, hasta 2011) hasta el valor más reciente; una variación del 10 % o más en sentido favorable o desfavorable indica progreso o retroceso; los indicadores ambiguos no se califican
chart-no-indicator = No hay ningún indicador en este conjunto de datos
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

# Issue 15, part I: why a file could not be read (its position is given beside it).
term-dataset = conjunto de datos
term-review = examen
load-folder = esto es una carpeta, no un archivo
load-too-large = el archivo es demasiado grande para abrirlo ({ $size } MiB; el límite es { $cap } MiB); ¿es realmente un documento de poa-review?
load-not-utf8 = el archivo no es texto UTF-8 válido; guárdelo como UTF-8 (¿es un archivo binario o un archivo con otra codificación?)
load-newer-version = este { $kind } tiene format_version { $version }, pero esta versión de poa-review lee format_version { $supported }; ábralo con una versión más reciente de poa-review
load-version-zero = format_version 0 no es válido; esta versión lee format_version { $supported }
load-empty = el archivo está vacío; un { $kind } empieza por `(format_version: 1, …`
load-control-character = carácter de control inesperado U+{ $code }; es posible que el archivo esté dañado o no sea un archivo de texto
load-truncated = el archivo termina antes de tiempo; es posible que se haya cortado (truncado)
load-too-deep = los valores están anidados a demasiada profundidad (más de 128 niveles); esto no es un { $kind } de poa-review
load-trailing = texto inesperado después del final del documento; elimínelo o compruebe los paréntesis y corchetes
load-expected-integer = aquí se esperaba un número entero
load-expected-float = aquí se esperaba un número, escrito como 123000.0
load-unclosed-quote = un texto entre comillas dobles no se cierra nunca; es posible que el archivo se haya cortado (truncado)
load-expected-string = aquí se esperaba un texto entre comillas dobles
load-expected-comma = aquí se esperaba una coma; ¿falta una comilla, un paréntesis, un corchete o una coma antes?
load-expected-field = aquí se esperaba un nombre de campo
load-expected-struct = aquí se esperaba `(` para abrir un grupo de campos
load-expected-list = aquí se esperaba `[` para abrir una lista
load-expected-map = aquí se esperaba `{"{"}` para abrir un mapa
load-missing-field-in = a `{ $outer }` le falta el campo `{ $field }`; añada `{ $field }: …`
load-missing-field = falta el campo `{ $field }`; añada `{ $field }: …`
load-unknown-field-in = campo desconocido `{ $found }` en `{ $outer }`; los campos posibles son { $fields }
load-unknown-field = campo desconocido `{ $found }`; los campos posibles son { $fields }
load-unknown-variant = `{ $found }` no es un valor válido de tipo { $what }; utilice uno de estos: { $variants }
load-unclosed-comment = un comentario `/*` no se cierra nunca con `*/`
load-bad-date = fecha u hora no válida; escriba las fechas como "2014-03-13" y las horas como "2014-03-13T09:30:00Z" ({ $reason })

## Saving, settings, chart errors on the command line (the system's own reason stays as it is)
save-failed-step = no se pudo guardar ({ $step }): { $reason }
save-step-temporary = al crear un archivo temporal
save-step-writing = al escribir
save-step-flushing = al volcar al disco
save-step-backup = al conservar la versión anterior como .bak
save-step-replacing = al reemplazar el archivo
save-step-folder = al volcar la carpeta al disco
save-step-locking = al bloquear el archivo
save-not-a-file-name = no se pudo guardar: esto no es un nombre de archivo
save-path-is-folder = no se pudo guardar: { $path } es una carpeta, no un archivo; elija un nombre de archivo dentro de ella
save-folder-missing = no se pudo guardar: la carpeta { $folder } no existe; créela o elija otra carpeta
save-folder-is-file = no se pudo guardar: { $folder } es un archivo, no una carpeta; elija una carpeta en la que escribir
save-unserialisable = no se pudo escribir el documento: { $reason }
save-review-unserialisable = no se pudo escribir el examen: { $reason }
save-no-folder = no se pudo guardar: la carpeta { $folder } no existe
save-held-elsewhere = no se pudo guardar: el archivo está abierto en otro lugar ({ $holder }); elija otro nombre
save-read-only = el archivo está { $why }; use «Guardar como…» para guardar una copia
read-only-open-elsewhere = abierto en otro lugar ({ $holder })
read-only-lock-failed = sin bloquear (no se pudo bloquear: { $reason })
lock-held = { $document }: el archivo está abierto en otro lugar ({ $holder }); ábralo en modo de solo lectura o ciérrelo allí primero
lock-failed = { $lock }: no se pudo bloquear el archivo: { $reason }
lock-replaced = otro programa reemplaza una y otra vez el archivo de bloqueo
lock-holder = { $user } en { $host }, proceso { $pid }, desde { $since }
lock-holder-unknown = titular desconocido
io-not-found = el archivo no existe (¿se movió o se cambió de nombre?)
io-permission-denied = permiso denegado: no puede leer ni escribir este archivo
io-disk-full = el disco está lleno; libere espacio e inténtelo de nuevo
io-read-only-disk = el disco o la carpeta es de solo lectura
io-is-folder = esto es una carpeta, no un archivo
export-failed = no se pudo escribir la nota informativa: { $reason }
export-chart-missing = el gráfico “{ $chart }” no se pudo dibujar y falta en la exportación: { $reason }
save-review-dataset-missing = no se encontró el conjunto de datos de este examen (“{ $id }”, versión { $version }); coloque su archivo .dataset.ron en la misma carpeta
settings-folder-failed = no se pudo crear la carpeta de configuración: { $reason }
settings-unreadable = { $path }: no se pudo leer la configuración: { $reason }
settings-unparsable = { $place }: no se pudo leer la configuración; se usan los valores predeterminados: { $reason }
origin-built-in = { $name } integrado
cli-chart-none-chosen = elija al menos un indicador
cli-chart-unknown = el indicador “{ $id }” no está en el conjunto de datos; este contiene { $known }
cli-chart-unknown-more = el indicador “{ $id }” no está en el conjunto de datos; este contiene { $list }, … ({ $count } en total)
cli-chart-unknown-none = el indicador “{ $id }” no está en el conjunto de datos; este no contiene ningún indicador
cli-chart-mixed-units = “{ $first }” está en { $first_unit } y “{ $other }” en { $other_unit }; represente juntos indicadores de la misma unidad
cli-chart-no-values = los indicadores elegidos no tienen valores
cli-chart-too-small = un gráfico necesita al menos 100 × 80 píxeles, no { $width } × { $height }
cli-chart-drawing-failed = falló el dibujo: { $reason }

## Merging a colleague's review
field-merge = Fusión
merge-other-dataset = los dos exámenes se refieren a conjuntos de datos distintos, { $mine } y { $theirs }; solo pueden fusionarse exámenes de la misma versión de un conjunto de datos
merge-out-is-input = { $input } es uno de los exámenes que se fusionan; escriba el resultado en otro archivo
merge-summary = { $theirs } fusionado: cambios adoptados: { $taken }, conflictos: { $conflicts }, entradas nuevas del historial: { $history }.
merge-conflict-line = conflicto en { $subject }, { $field }: el mío «{ $mine }», el suyo «{ $theirs }»
merge-evidence-removed = (eliminado)
merge-conflicts-kept = Conflictos pendientes: { $count }. Cada uno conserva nuestro valor, y los conflictos se guardan en el examen: ábralo en poa-review para resolverlos.
merge-nothing = { $theirs } no aporta nada nuevo; el examen queda como estaba.
merge-dry-run = Prueba: no se escribió nada.
merge-written = Escrito: { $path }
cmd-merge = Fusionar el examen de un colega…
cmd-merge-tip = Combinar la copia de un colega con la suya: los cambios hechos en un solo lado se adoptan, y donde ambos cambiaron algo, usted elige
cmd-settings = Configuración…
cmd-settings-tip = Su nombre, el idioma, el tema, el motor de dibujo y los diálogos de archivos
dialog-merge = Fusionar el examen de un colega
merge-button = Fusionar
busy-merge = Fusionando…
merge-title = Fusionar el examen de un colega
merge-screen-summary = De { $theirs }: cambios adoptados: { $taken }, conflictos: { $conflicts }, entradas nuevas del historial: { $history }. Elija en cada conflicto y aplique la fusión: es un solo paso, que se puede deshacer.
merge-taken = Cambios adoptados del colega ({ $count })
merge-title-reply = Importar la respuesta de un ministerio
merge-taken-reply = Cambios tomados de la respuesta ({ $count })
merge-no-conflicts = Sin conflictos: cada cambio se hizo en un solo lado.
merge-pillar = Pilar
merge-all-pillars = Todos los pilares
merge-empty = (vacío)
merge-evidence-none = (ninguna)
merge-base-unknown = (desconocido)
merge-side-base = Antes (versión común)
merge-side-mine = La mía
merge-side-theirs = La suya
merge-keep-mine = Conservar la mía
merge-take-theirs = Tomar la suya
merge-keep-both = Conservar ambas
merge-edit = Editar
merge-edited-text = El texto que se conserva
merge-apply = Aplicar la fusión
merge-applied = { $theirs } fusionado. Deshacer (Ctrl+Z) la revierte.
merge-pending-label = conflictos que dejó una fusión anterior
banner-conflicts = Conflictos por resolver:
banner-conflicts-text = Una fusión anterior dejó { $count } conflictos en este examen; cada uno conserva su valor hasta que usted elija.
banner-conflicts-answer = Resolverlos…
banner-copy = Copia sincronizada:
banner-copy-text = { $name } está junto a este examen; una carpeta sincronizada la creó cuando el examen se modificó en dos lugares.
banner-copy-merge = Fusionarla…
banner-copy-ignore = Ignorar
settings-title = Configuración
settings-first-use = Bienvenido. Su nombre acompaña cada cambio que haga, para que los colegas que fusionan sus copias vean quién hizo qué.
settings-name = Su nombre
settings-name-tip = Se registra en el historial del examen, en el bloqueo mientras un examen está abierto y en las fusiones.
settings-dialogs = Diálogos de archivos
settings-done = Listo
changes-title = { $delegation }: qué cambió desde el { $since }
changes-none = Nada cambió desde el { $since }.
changes-empty = (vacío)
cli-bad-date = «{ $date }» no es una fecha; escríbala AAAA-MM-DD (por ejemplo 2014-03-13)
report-col-subject = Referencia
report-col-field = Campo
report-col-before = Antes
report-col-now = Ahora
report-col-by = Por
report-col-when = Cuándo
compare-title = Comparación de dos exámenes
compare-subtitle = { $left } y { $right }: solo los compromisos y relatos que difieren.
compare-none = Los dos exámenes contienen los mismos valores.
cli-need-report-format = indique el formato con --format md, html, pdf, docx o xlsx, o dé a --out un nombre con una de esas extensiones
report-out-is-input = esta orden lee { $input }; escriba en otro archivo
cmd-compare = Comparar con otro examen…
cmd-compare-tip = Solo los compromisos y relatos en que otro examen de este conjunto de datos difiere, campo por campo
cmd-changes-since = Qué cambió desde…
cmd-changes-since-tip = Por pilar, cada campo cambiado desde una fecha: antes y ahora, quién y cuándo
dialog-compare = Comparar con otro examen
dialog-export-report = Exportar el informe como
filter-report = Informes (HTML, PDF, Word, Excel, Markdown)
report-since = Desde (fecha)
report-show = Mostrar
report-export-html = Exportar como HTML…
report-export-md = Exportar como Markdown…
report-needs-out = un informe { $format } no se puede imprimir; escríbalo en un archivo con --out ARCHIVO
report-failed = no se pudo escribir el informe: { $reason }
report-export-pdf = Exportar como PDF…
report-export-docx = Exportar como Word…
report-export-xlsx = Exportar como Excel…
filter-what-changed = ¿Qué cambió?
filter-what-changed-tip = Por pilar, cada campo cambiado desde esta fecha: antes y ahora, quién y cuándo

## Paquetes de consulta para los ministerios y sus respuestas
pack-nothing-in-scope = no hay ningún compromiso en { $scope }; indique identificadores de pilares, grupos o secciones (véase el conjunto de datos)
pack-too-long = las notas o las pruebas de { $commitment } superan lo que cabe en una celda de hoja de cálculo (32.767 caracteres); acórtelas antes de enviar el paquete
pack-failed = no se pudo escribir el paquete: { $reason }
pack-sheet-commitments = Compromisos
pack-sheet-instructions = Instrucciones
pack-col-id = Identificador
pack-col-reference = Referencia
pack-col-commitment = Compromiso
pack-col-status = Estado
pack-col-evidence-level = Nivel de prueba
pack-col-evidence = Pruebas (una por línea)
pack-col-notes = Notas
pack-title = Aportación solicitada por { $delegation }
pack-for = Para: { $recipient }
pack-sent = Enviado el { $date }, a partir del examen del conjunto de datos { $dataset }.
pack-how-1 = La hoja «{ $sheet }» enumera los { $count } compromisos que le pedimos que examine, uno por fila. La referencia y el texto de cada compromiso están bloqueados.
pack-how-2 = Para cada compromiso, elija el estado y el nivel de prueba en las listas desplegables; los valores actuales ya están rellenados.
pack-how-3 = En «Pruebas», indique una prueba por línea: el documento, el párrafo o el enlace, y lo que muestra. Conserve las líneas existentes salvo que sean incorrectas.
pack-how-4 = En «Notas», escriba lo que la delegación debe saber. No escriba fórmulas.
pack-how-5 = No cambie el nombre de las hojas ni la columna de identificadores: permiten leer su respuesta. Guarde el archivo como libro de Excel (.xlsx) y devuélvalo.
pack-choose-from-list = Elija un valor de la lista.
sheet-cell-problem = { $cell }: { $problem }
reply-unreadable = este archivo no se pudo leer como hoja de cálculo: { $reason }
reply-not-a-pack = este libro no es un paquete de consulta de poa-review (no tiene la hoja «poa-review»); para importar otra hoja de cálculo, use Archivo → Importar una hoja de cálculo…
reply-identity-broken = la hoja oculta de identificación del paquete se modificó y no se puede leer ({ $what }); pida la respuesta en el paquete tal como se envió
reply-other-dataset = este paquete se hizo a partir de un examen del conjunto de datos { $pack }, y este examen es de { $review }; impórtelo en un examen de { $pack }
reply-other-review = este paquete se envió desde el examen de «{ $pack }», no desde este examen («{ $review }»)
reply-no-sheet = falta la hoja «{ $sheet }» del paquete o se le cambió el nombre
reply-no-column = falta la columna «{ $heading }» en la primera fila (¿se renombró o se eliminó?)
reply-formula = contiene una fórmula ({ $formula }); escriba el valor en sí
reply-date = contiene una fecha ({ $date }); escriba el texto en sí
reply-error-value = contiene un valor de error ({ $value })
reply-no-id = esta fila tiene valores pero no identificador de compromiso
reply-not-in-pack = «{ $id }» no es un compromiso de este paquete
reply-twice = «{ $id }» aparece dos veces; deje una fila por compromiso
reply-not-on-list = «{ $value }» no está en la lista; elija uno de sus valores
pack-window-title = Solicitar aportaciones
pack-window-intro = Un libro de Excel para un ministerio u oficina que no usa poa-review: los compromisos que elija, su estado, pruebas y notas actuales, y listas desplegables para responder. Los puntos de conversación privados nunca se incluyen.
pack-recipient = Para
pack-recipient-hint = Ministerio de Salud
pack-scope = Pilares y secciones
pack-scope-all = Nada marcado: se incluyen todos los compromisos.
pack-save = Guardar el paquete…
cmd-send-for-input = Solicitar aportaciones…
cmd-send-for-input-tip = Crear un libro de Excel que un ministerio rellena y devuelve
cmd-import-reply = Importar respuestas…
cmd-import-reply-tip = Traer de vuelta paquetes rellenados (se pueden elegir varios a la vez): los cambios de cada ministerio pasan por la pantalla de fusión, uno tras otro
dialog-save-pack = Guardar el paquete de consulta
dialog-import-reply = Importar la respuesta de un ministerio
filter-workbooks = Libros de Excel
matrix-empty = el libro no tiene ninguna hoja
matrix-no-columns = no se encontró, en las 20 primeras filas de «{ $sheet }», una fila de encabezados con una columna de referencia (Reference, ID, Paragraph, 编号…) y otra de estado, notas o pruebas
matrix-unmatched = «{ $reference }» no corresponde a ningún compromiso del conjunto de datos; la fila queda fuera
matrix-ambiguous = «{ $reference }» corresponde a { $count } compromisos ({ $ids }); la fila se deja fuera: escriba el ID del compromiso en la celda
matrix-unknown-word = «{ $word }» ({ $cells }) no está en la escala de estados ni de pruebas; indique su sentido con --map "{ $word }=NIVEL" (niveles: { $levels })
matrix-bad-map = --map «{ $map }» no tiene la forma PALABRA=NIVEL
merge-title-matrix = Importar una hoja de cálculo
merge-taken-matrix = Cambios tomados de la hoja de cálculo ({ $count })
dialog-import-sheet = Importar una hoja de cálculo
filter-spreadsheets = Hojas de cálculo (Excel, OpenDocument, CSV)
cmd-import-sheet = Importar una hoja de cálculo…
cmd-import-sheet-tip = Traer la matriz existente de una delegación: elegir sus columnas, hacer corresponder sus palabras, ver qué cambiaría y aplicar
sheet-password = el libro está protegido con contraseña (cifrado); ábralo en el programa de hojas de cálculo, quite la contraseña (guárdelo sin ella) e importe esa copia
matrix-too-many-rows = «{ $sheet }» tiene { $rows } filas; una matriz se lee solo hasta { $max } filas (una por compromiso): copie las filas de los compromisos en una hoja aparte e impórtela
matrix-no-reference = la fila no tiene referencia; se deja fuera
matrix-hidden-row = la fila está oculta en el libro; se importa como las demás
matrix-unknown-level = --map «{ $map }»: «{ $level }» no está en ninguna escala (niveles: { $levels })
matrix-column-reference = Referencia o ID
matrix-column-status = Estado
matrix-column-evidence-level = Nivel de evidencia
matrix-column-notes = Notas
matrix-column-evidence = Evidencia
matrix-column-reviewer = Revisor
matrix-column-date = Fecha
matrix-column-none = (no está en esta hoja)
matrix-window-title = Importar una hoja de cálculo
matrix-window-file = { $file }: { $sheets ->
    [one] hoja «{ $sheet }»
   *[other] { $sheets } hojas con estos encabezados («{ $sheet }»)
}, { $rows } filas
matrix-sheet = Hoja
matrix-sheet-skipped = la hoja «{ $sheet }» no tiene los encabezados de «{ $chosen }»; no se lee
matrix-window-intro = Las filas se asocian a los compromisos por ID o por referencia (89 (g), A/68/126, para. 89 (g), 第89段(g)). Nada cambia hasta que aplique los cambios en la pantalla siguiente.
matrix-heading-row = Fila de encabezados
matrix-preview = Las primeras filas tal como se leerán
matrix-preview-row = Fila
matrix-preview-commitment = Compromiso
matrix-preview-unmatched = sin correspondencia
matrix-summary = { $matched } filas asociadas, { $unmatched } dejadas fuera, { $words } palabras por hacer corresponder.
matrix-words-title = Palabras que no están en la escala
matrix-word = «{ $word }» ({ $scale }; { $cells })
matrix-word-choose = Significa…
matrix-word-leave-out = Dejar fuera estas celdas
matrix-unmatched-title = Filas dejadas fuera ({ $count })
matrix-and-more = … y { $count } más
matrix-show-changes = Ver los cambios…
open-spreadsheet = esto es una hoja de cálculo, no una revisión ni un conjunto de datos: traiga una matriz a la revisión abierta con Archivo → Importar una hoja de cálculo…, el paquete rellenado de un ministerio con Archivo → Importar respuestas…, o cree un conjunto de datos con Archivo → Nuevo conjunto de datos desde hoja de cálculo…
dialog-dataset-book = Crear un conjunto de datos a partir de un libro
dialog-save-dataset = Guardar el conjunto de datos
dialog-save-template = Guardar una plantilla de conjunto de datos
cmd-dataset-from-sheet = Nuevo conjunto de datos desde hoja de cálculo…
cmd-dataset-from-sheet-tip = Crear un conjunto de datos (pilares, compromisos, indicadores, fuentes) a partir de un libro; cada problema se indica con su celda, y el conjunto solo se guarda y se abre si es válido
cmd-dataset-template = Guardar una plantilla de conjunto de datos…
cmd-dataset-template-tip = Escribir un libro vacío con todas las hojas, los encabezados e instrucciones, para crear en él un conjunto de datos
cmd-open-log-folder = Abrir la carpeta del registro
cmd-open-log-folder-tip = Mostrar la carpeta del registro de asistencia (advertencias y errores, nunca el contenido de una revisión) para enviarlo a su servicio informático
cmd-user-guide = Guía del usuario
cmd-user-guide-tip = Una guía breve (en inglés): la primera revisión, el marcado, la evidencia, los gráficos, la nota informativa, el trabajo en equipo
guide-window-title = Guía del usuario (en inglés)

## Datasets from a spreadsheet
book-dangling = { $what } «{ $id }» no existe; añádalo a la hoja «{ $list }» o corrija la referencia
book-no-sheet = falta la hoja «{ $sheet }» (hojas del libro: { $sheets }); `poa-review dataset-template` escribe un libro con todas las hojas
book-sheet-unreadable = no se pudo leer la hoja «{ $sheet }»: { $reason }
book-no-language = la columna «{ $heading }» debe indicar su idioma entre paréntesis, por ejemplo «{ $heading } (en)» o «{ $heading } (zh)»
book-unknown-language = «{ $code }» en la columna «{ $heading }» no es un código de idioma; use uno de estos: { $codes }
book-unknown-column = la columna «{ $heading }» no se lee: las columnas de esta hoja son { $headings }
book-column-twice = la columna «{ $heading }» aparece dos veces (primero en la columna { $first }); deje solo una
book-no-column = falta la columna «{ $heading }» en la fila de encabezados
book-second-row = esta hoja tiene una sola fila; pase los valores de esta fila a la primera o elimínela
book-no-row = no hay ninguna fila bajo los encabezados; indique el identificador, la versión y el título del conjunto de datos
book-empty = «{ $column }» está vacío; todas las filas deben rellenarlo
book-not-number = «{ $value }» no es un número
book-not-whole = «{ $value }» no es un número entero
book-number-date = contiene una fecha ({ $date }), no un número; dé a la celda formato de número y escriba el valor
book-year-date = contiene una fecha ({ $date }), no un año; escriba el año como número, por ejemplo 2014 (un año escrito en una celda con formato de fecha se muestra como una fecha de 1905)
book-not-date = «{ $value }» no es una fecha; escríbala como 2014-03-13
book-not-choice = «{ $value }» no es uno de estos valores: { $choices }
book-not-yes-no = «{ $value }» no es ni sí (yes) ni no (no)
book-unknown-pillar = «{ $id }» no es un pilar ni un grupo de la hoja «{ $sheet }»
book-unknown-indicator = «{ $id }» no es un indicador de la hoja «{ $sheet }»
book-target-half = un objetivo necesita tanto un año (target year) como un valor (target value)
book-more-problems = { $count ->
        [one] … y 1 problema más
       *[other] … y { $count } problemas más
    }
book-too-long = { $cell }: el texto es más largo de lo que cabe en una celda de hoja de cálculo (32 767 caracteres)
book-write-failed = no se pudo escribir el libro: { $reason }
book-nothing-written = No se escribió nada: corrija los problemas indicados y vuelva a ejecutar la orden.
book-built = { $path }: conjunto de datos «{ $id }» { $version }: { $commitments ->
        [one] { $commitments } compromiso
       *[other] { $commitments } compromisos
    }, { $indicators ->
        [one] { $indicators } indicador
       *[other] { $indicators } indicadores
    }, { $observations ->
        [one] { $observations } observación
       *[other] { $observations } observaciones
    }
book-instructions-title = Elaborar un conjunto de datos de poa-review en este libro
book-instructions-sheets = Cada hoja de la lista contiene una lista del conjunto de datos, un elemento por fila, bajo los encabezados de su primera fila. Conserve los nombres de las hojas y los encabezados (también se reconocen encabezados en chino, como 编号 o 标题（中文）) y añada filas debajo; las columnas pueden cambiar de lugar. Las filas vacías se omiten, las ocultas se leen como las demás y una celda combinada vale para cada una de sus celdas.
book-instructions-languages = Los textos tienen una columna por idioma: title (en), title (zh), etc. El inglés es obligatorio; si falta el texto chino se da una advertencia; el francés, el español, el ruso y el árabe son optativos (añada para ellos una columna como title (fr)).
book-instructions-lists = Los identificadores son cortos y no cambian una vez que el conjunto de datos está en uso: letras, cifras, -, _ y . (los de las fuentes pueden llevar también /, como A/68/126). Las listas de identificadores (etiquetas, áreas de objetivo, indicadores) se separan con comas. Una referencia es un documento (el identificador de una fuente), un número de párrafo y una letra optativa.
book-instructions-choices = kind: Action, Recommendation o Target2019 (vacío: Action). En Pillars, kind: Pillar o CrossCutting (vacío: Pillar). direction: DownIsGood o UpIsGood. flag: Reported, Estimated, Derived o Revised (vacío: Reported). counts as progress: yes o no.
book-instructions-numbers = Los años, párrafos y valores son números; escriba un año como 2014, no como fecha. Una fórmula vale el último valor que mostró. La fecha del conjunto de datos es una celda de fecha o un texto como 2014-03-13 (vacía: hoy).
book-instructions-defaults = Las hojas y columnas marcadas con * son obligatorias. Las demás hojas pueden omitirse: sin Units, Target areas, Tags, Indicators u Observations el conjunto de datos no tiene ninguno; sin Status scale o Evidence scale, o si están vacías, tiene las escalas predeterminadas que aquí muestran. Un año de referencia vacío es 2009.
book-instructions-build = Elabore el conjunto de datos con: poa-review dataset-from-sheet ESTE-ARCHIVO.xlsx --out NOMBRE.dataset.ron. Cada problema se indica por hoja, fila y columna (por ejemplo Commitments!C14), y no se escribe nada mientras quede alguno.
book-instructions-sheet = Hoja
book-instructions-holds = Contenido
book-instructions-columns = Columnas
book-about-dataset = Una fila: el identificador, la versión, la fecha (de elaboración), el título y la descripción del conjunto de datos.
book-about-sources = Los documentos y publicaciones que cita el conjunto de datos; las referencias y observaciones los indican por su identificador.
book-about-units = Las unidades de medida de los indicadores, con sus nombres.
book-about-pillars = Los tres pilares del Plan de Acción y los grupos transversales que haya, en el orden en que se muestran.
book-about-sections = Las secciones de los pilares y grupos, cada una con su pilar o grupo.
book-about-target-areas = Las áreas de objetivo para 2019, dónde se fija cada una y los indicadores que la miden.
book-about-tags = El nombre de cada etiqueta en cada idioma (una etiqueta sin nombre se muestra por su identificador).
book-about-commitments = Los compromisos examinados: pilar, sección, referencia, título y texto, etiquetas, áreas de objetivo e indicadores.
book-about-indicators = Los indicadores: nombre, unidad, ámbito geográfico, qué dirección es progreso, año de referencia y un objetivo optativo.
book-about-observations = Los valores de los indicadores, una fila por indicador y año, cada uno con su fuente.
book-about-status-scale = Los niveles con que se marca el progreso, en orden; todo compromiso empieza en el primero.
book-about-evidence-scale = Los niveles de prueba, en orden; todo compromiso empieza en el primero.

# Issue 13: a briefing a delegate can cite (information cut-off, sources, honest ratings, addressees).
date-long = { $day } de { $month ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
    } de { $year }
addressee-member-states = Estados Miembros
addressee-general-assembly = Asamblea General
addressee-commission = Comisión de Estupefacientes
addressee-unodc = UNODC
addressee-incb = JIFE
filter-addressee = Destinatario
filter-addressee-any = Cualquiera
detail-addressed-to = dirigido a: { $addressee }
detail-addressed-to-tip = Quién puede actuar sobre este compromiso. Una recomendación a la Asamblea General es una decisión en la que ninguna delegación puede avanzar sola: anote lo que su país hizo para apoyarla.
rating-not-rated = Sin calificar
chart-hindsight = publicado después del { $date } (a posteriori)
chart-hover-hindsight = Publicado en { $published }, después de la fecha límite de información del { $date }: desconocido en el examen.
chart-targets-method-as-of = Desde el valor de referencia de 2009 (o el año posterior más cercano, hasta 2011) hasta el último valor publicado al { $date }; una variación del 10 % o más en sentido favorable o desfavorable indica progreso o retroceso; los indicadores ambiguos no se califican
chart-targets-more = … y { $n } más: véase la tabla de la nota
chart-as-of = Información al
chart-as-of-dataset = fecha límite del conjunto de datos ({ $date })
chart-as-of-dataset-none = el conjunto de datos no la indica
chart-as-of-none = sin fecha límite (todos los valores conocidos)
chart-as-of-day = otro día
chart-as-of-tip = Los valores publicados después de este día se dibujan como cuadrados huecos sobre una línea discontinua y se excluyen de las calificaciones de las metas de 2019. Elija otro día para ver lo que se sabía entonces, por ejemplo 2016-04-19 para el período extraordinario de sesiones.
chart-as-of-bad-day = escriba el día como AAAA-MM-DD
targets-row-change = { $from }–{ $to }: { $change }
targets-row-change-later-baseline = { $from }–{ $to }: { $change } (referencia { $from }: sin valor de { $baseline })
targets-row-no-baseline = sin valor de referencia: ningún valor de { $baseline } a { $last }
targets-row-no-later = ningún valor después de { $from }
targets-row-ambiguous = sin calificar: un aumento o una disminución admiten ambas lecturas
targets-row-hindsight = { $n ->
    [one] el valor de { $years } se publicó después del { $date } y no se tiene en cuenta
   *[other] los valores de { $years } se publicaron después del { $date } y no se tienen en cuenta
}
brief-as-of = Información al
brief-as-of-none = sin fecha límite: todos los valores se consideran conocidos
brief-left-out = No considerado
brief-annex-values = Anexo 2: valores de los indicadores y sus fuentes
brief-values-intro = Todos los valores representados en esta nota, con la publicación de la que proceden. Los valores publicados después del { $date }, fecha límite de información, no podían conocerse en el examen: se marcan «después de la fecha límite» y se excluyen de las calificaciones.
brief-values-intro-none = Todos los valores representados en esta nota, con la publicación de la que proceden. No se aplica ninguna fecha límite de información.
brief-year = Año
brief-value = Valor
brief-flag = Obtención
brief-published = Publicación
brief-published-unknown = fecha no indicada
brief-published-hindsight = { $published }, después de la fecha límite ({ $date })
source-primary = fuente primaria
source-secondary = fuente secundaria
source-kind-unknown = tipo de fuente no indicado
validate-source-no-kind = la fuente «{ $id }» no indica si es la publicación misma o una copia; añada kind: Some(Primary) o kind: Some(Secondary)
validate-source-no-date = la fuente «{ $id }» no indica cuándo se publicó; añada published: Some("2013"), un mes ("2013-06") o un día ("2013-06-26"), para poder marcar los valores publicados después de la fecha límite de información
validate-source-no-copy = la fuente «{ $id }» es secundaria pero no indica la copia consultada; añada copy: {"{"}"es": "copia en …"{"}"}
validate-source-not-theirs = el identificador de fuente «{ $id }» empieza con el nombre de { $organisation }, pero su editor es «{ $publisher }»; un identificador que nombra una organización debe ser una publicación de esta: cambie el identificador o corrija el editor
validate-hindsight = el valor de { $year } de «{ $indicator }» procede de «{ $source }», publicada en { $published }, después de la fecha límite de información del { $date }: es información a posteriori (los gráficos la marcan, las calificaciones la excluyen)
validate-no-addressee = el compromiso «{ $id }» no indica a quién se dirige; añada addressee: Some(MemberStates), Some(GeneralAssembly), Some(Commission), Some(Unodc) o Some(Incb)
book-not-published = «{ $value }» no es una fecha de publicación: escriba un año (2013), un mes (2013-06) o un día (2013-06-26)
brief-addressee = Destinatario
brief-by-addressee = Compromisos por destinatario
brief-by-addressee-intro = Quién puede actuar sobre los compromisos. Las recomendaciones a la Asamblea General son decisiones en las que ninguna delegación puede avanzar sola; su estado indica lo que la delegación hizo para apoyarlas.
brief-col-assessed = Evaluados
brief-progress = Contados como progreso
export-as-of-tip = Los valores publicados después de este día se marcan como a posteriori y se excluyen de las calificaciones. Cámbielo con «Información al» en la vista Gráficos.
chart-as-of-day-field = Día

# Issue 16, part: many reviews of one dataset.
aggregate-duplicate = la delegación «{ $delegation }» ya se leyó de otro archivo; este examen no se tiene en cuenta
aggregate-no-reviews = no hay exámenes que agregar: indique archivos de examen (*.review.ron) o carpetas que los contengan
aggregate-written = Escrito: { $path } ({ $rows } filas de { $reviews } exámenes del conjunto de datos { $dataset } { $version }; { $left } archivos no considerados)
cli-bad-cutoff = «{ $value }» no es una fecha límite: escriba un día (2016-04-19), «dataset» o «none»

# Issue 16: the aggregate briefing and its chart.
aggregate-sort-dataset = Orden del conjunto de datos
aggregate-sort-assessed = Más evaluados
aggregate-sort-progress = Más progreso
aggregate-sort-disagreement = Más desacuerdo
chart-title-aggregate = Estado según las delegaciones — { $order } (los { $count } primeros compromisos)
chart-aggregate-subtitle = Exámenes de { $delegations } delegaciones sobre { $dataset }
aggregate-title = Dónde están las delegaciones: { $dataset }
aggregate-subtitle = { $reviews } exámenes del conjunto de datos { $dataset } { $version }; { $left } archivos no considerados. Los puntos de intervención privados nunca se leen en un agregado.
aggregate-part-commitments = Cada compromiso según las delegaciones
aggregate-part-commitments-note = Los más evaluados primero en cada pilar. El progreso cuenta las delegaciones que marcaron un estado que cuenta como progreso (proporción de las que lo evaluaron). El desacuerdo va de 0 (todas las delegaciones que lo evaluaron eligieron el mismo estado) a 100 (repartidas por igual entre todos los estados).
aggregate-col-commitment = Compromiso
aggregate-col-assessed = Evaluado
aggregate-col-progress = Progreso
aggregate-col-disagreement = Desacuerdo
aggregate-col-statuses = Estados
aggregate-col-evidence = Niveles de evidencia
aggregate-col-delegation = Delegación
aggregate-empty = Nada que mostrar.
aggregate-no-section = (sin sección)
aggregate-part-heat-map = Delegaciones × secciones: { $pillar }
aggregate-part-heat-map-note = Cada celda: la proporción de los compromisos de la sección evaluados por la delegación · la proporción marcada como progreso.
aggregate-and-more = { " " }y { $count } más
aggregate-part-not-assessed = Quién no ha evaluado qué
aggregate-col-not-assessed = No evaluados
aggregate-col-commitments = Compromisos
aggregate-all-assessed = Cada delegación ha evaluado cada compromiso.
aggregate-part-narratives = Relatos lado a lado: { $pillar }
aggregate-no-narratives = Ninguna delegación ha escrito un relato para este pilar.
aggregate-part-left-out = Archivos no considerados
aggregate-col-file = Archivo
aggregate-col-line = Línea
aggregate-col-problem = Problema
aggregate-unknown-format = no se puede deducir el formato de este nombre de archivo: use .pdf, .docx, .html o .md para la nota agregada, .csv o .xlsx para la tabla larga, o indique --format
aggregate-briefing-written = Escrito: { $path } (agregado de { $reviews } exámenes del conjunto de datos { $dataset } { $version }; { $left } archivos no considerados)
cmd-open-reviews = Abrir varios exámenes…
cmd-open-reviews-tip = Los exámenes de varias delegaciones sobre un mismo conjunto de datos lado a lado: estados, mapas de calor, lagunas y relatos
cmd-open-review-folder = Abrir una carpeta de exámenes…
cmd-open-review-folder-tip = Todos los exámenes (*.review.ron) de una carpeta, lado a lado
dialog-aggregate-files = Abrir varios exámenes
dialog-aggregate-folder = Abrir una carpeta de exámenes
dialog-export-aggregate = Exportar el agregado
filter-aggregate = Nota agregada o tabla larga (PDF, Word, HTML, Excel, CSV)
aggregate-window-title = Varios exámenes: { $dataset }
aggregate-window-read = { $reviews } de { $files } archivos de examen leídos (conjunto de datos { $dataset } { $version }); { $left } no considerados. Los puntos de intervención privados no se leen.
aggregate-tab-commitments = Compromisos
aggregate-tab-heat-map = Mapa de calor
aggregate-tab-not-assessed = No evaluados
aggregate-tab-narratives = Relatos
aggregate-tab-left-out = No considerados
aggregate-export-as = Exportar como
aggregate-export-pdf = Nota (PDF)
aggregate-export-docx = Nota (Word)
aggregate-export-html = Nota (HTML)
aggregate-export-xlsx = Tabla larga (Excel)
aggregate-export-csv = Tabla larga (CSV)
aggregate-export = Exportar…
aggregate-order = Orden
aggregate-measure-assessed = Proporción evaluada
aggregate-measure-progress = Proporción marcada como progreso
aggregate-heat-tip = { $delegation }, { $section }: { $assessed } de { $commitments } evaluados, { $progress } marcados como progreso
aggregate-none-left-out = Se leyeron todos los archivos.
aggregate-left-out-warning = { $left } de { $files } archivos no se consideraron en el agregado; la pestaña «No considerados» explica por qué.
aggregate-gaps = { $count } de { $total } compromisos sin evaluar

# Issue 17: Help → About.
cmd-about = Acerca de poa-review…
cmd-about-tip = La versión, la fecha de compilación de esta copia, su licencia y todas las licencias de terceros
about-title = Acerca de poa-review
about-built = Compilado el { $date }
about-development-build = Una versión de desarrollo (no instalada desde un paquete)
about-licence = Licencia: { $licence }
about-font = La fuente china incluida (Noto Sans SC): SIL Open Font License 1.1
about-third-party = Las licencias de los crates compilados en el programa
about-third-party-missing = La lista de licencias de los crates compilados se genera al construir el paquete y se instala con él (share/doc/poa-review/THIRD-PARTY-LICENSES.md); esta copia no se instaló desde un paquete.
