# poa-review interface strings: Russian (русский), every key of en.ftl.

path-prompt-label = Путь к файлу
button-save = Сохранить
button-export = Экспортировать
button-import = Импортировать
button-open = Открыть
button-cancel = Отмена
recovery-title = Восстановить несохранённые изменения?
recovery-text = Автоматически сохранённая копия ({ $when }) новее сохранённого обзора.
recovery-recover = Восстановить
recovery-discard = Удалить автосохранённую копию
guard-title = Сохранить изменения?
guard-text = В «{ $name }» есть несохранённые изменения.
guard-discard = Не сохранять
shortcuts-note = Одиночные клавиши (стрелки, j, k, 1–6) работают, когда курсор не находится в текстовом поле.
dialog-open = Открыть обзор или набор данных
dialog-new-from-dataset = Новый обзор из файла набора данных
dialog-save-as = Сохранить обзор как
dialog-export-chart = Экспортировать диаграмму в PNG или SVG
filter-reviews-datasets = Обзоры и наборы данных
filter-all-files = Все файлы
filter-datasets = Наборы данных
filter-reviews = Обзоры
filter-png = Изображение PNG
filter-svg = Рисунок SVG
recovery-unreadable = Не удалось прочитать автоматически сохранённую копию; она оставлена без изменений:
no-native-dialog = Системный диалог выбора файлов здесь недоступен; введите путь к файлу вручную.
chart-written = Диаграмма сохранена в { $path } ({ $size })
edit-failed = Не удалось внести изменение:
undo-failed = Не удалось отменить или повторить действие:
read-only = только чтение
untitled-review = Обзор без названия
status-no-review = Обзор не открыт
status-built-in = встроенный пример
status-dataset = Набор данных: { $title } { $version } ({ $origin })
status-assessed = Оценено: { $n } / { $total }
status-read-only = Только чтение
status-saving = Сохранение…
status-unsaved = Есть несохранённые изменения
status-saved = Сохранено
status-not-saved = Ещё не сохранено
busy-open = Открытие…
busy-dialog = Ожидание диалога выбора файла…
busy-export = Экспорт диаграммы…
busy-other = Выполняется…
message-error = Ошибка
message-warning = Предупреждение
message-dismiss = Закрыть
message-dismiss-tip = Убрать это сообщение
banner-read-only = Этот обзор открыт в другом месте ({ $holder }). Вы можете читать его и сохранить копию.
banner-read-only-lock-failed = Этот обзор не удалось заблокировать для редактирования ({ $reason }). Вы можете читать его и сохранить копию.
banner-save-copy = Сохранить копию как…
banner-changed = Файл изменён на диске
banner-changed-text = Другая программа изменила этот файл после того, как вы его открыли.
banner-reload = Загрузить заново с диска
banner-reload-tip = Несохранённые изменения, сделанные здесь, будут потеряны
banner-keep = Оставить эту версию
welcome-text = Обзор хода осуществления Политической декларации и Плана действий 2009 года
welcome-recent = Недавние
detail-nothing-selected = Выберите обязательство, чтобы просмотреть и оценить его, или направление, чтобы подготовить по нему описание.
tab-commitments = Обязательства
tab-charts = Диаграммы
tree-heading = Направления
tree-all = Все обязательства ({ $n })
tree-outside = Вне направлений
tree-no-commitments = Нет обязательств
narrative-unknown-group = Этой группы нет в наборе данных.
narrative-intro = Описание, подготовленное делегацией по этому направлению, по образцу совместного заявления министров.
narrative-achievements = Достижения
narrative-challenges = Проблемы
narrative-priorities = Приоритеты дальнейших действий
filter-all = { $name }: все
filter-some = { $name }: { $n }
search-label = Поиск
search-hint = Английский, 中文 или номер пункта, например 89 (g)
search-count = { $n } из { $total }
filter-status = Статус
filter-evidence = Подтверждения
filter-tag = Метка
filter-tag-any-short = любая
filter-tag-any = Любая метка
filter-since = Изменено с
filter-date-format = дата в формате ГГГГ-ММ-ДД
filter-no-evidence = Оценено, без подтверждений
filter-no-evidence-tip = Обязательства со статусом, но без подтверждающих материалов и уровня подтверждения
filter-clear = Сбросить фильтры
list-empty = Нет обязательств, соответствующих поиску и фильтрам.
column-reference = Номер
column-commitment = Обязательство
column-status = Статус
column-evidence = Подтверждения
column-changed = Последнее изменение
field-status = Статус
field-evidence-level = Уровень подтверждения
field-evidence = Подтверждения
field-notes = Примечания
field-talking-points = Тезисы
detail-unknown = Этого обязательства нет в наборе данных.
detail-language = Язык
detail-side-by-side = Параллельно
detail-with = с
detail-fallback = Нет текста на языке «{ $language }»; показан английский
detail-no-text = Нет текста
detail-tags = Метки
detail-target = Цель на 2019 год ({ $letter }): { $title }
detail-indicator = Показатель: { $name }
detail-key = Клавиша { $n }
detail-last-changed = Последнее изменение: { $when }, { $who }
detail-evidence-count = Подтверждения ({ $n })
detail-add-evidence = Добавить подтверждение…
detail-open-link = Открыть ссылку
detail-edit = Изменить
detail-edit-tip = Изменить подтверждающий материал { $n }
detail-remove = Удалить
detail-remove-tip = Удалить подтверждающий материал { $n }
evidence-edit-title = Изменить подтверждение
evidence-new-title = Новое подтверждение
evidence-symbol = Условное обозначение документа
evidence-paragraph = Пункт
evidence-location = URL или файл
evidence-location-hint = https://… или путь к файлу
evidence-note = Примечание
evidence-note-hint = Что это подтверждает
evidence-save = Сохранить подтверждение
evidence-add = Добавить
detail-notes = Примечания (для общего доступа)
detail-talking-points = Тезисы (закрытые)
detail-private-note = Закрыто: не экспортируется, если только вы не запросите внутреннюю копию
detail-history = История ({ $n })
detail-no-history = Изменений пока нет
detail-now = Сейчас
detail-empty-value = (пусто)
chart-trends = Динамика показателей
chart-status = Статус по направлениям
chart-progress = Прогресс во времени
chart-targets = Цели на 2019 год: общая картина
chart-chart = Диаграмма
chart-indicators = Показатели ({ $n })
chart-language = Язык диаграммы
chart-export-size = Размер при экспорте
chart-size-screen = Как на экране
chart-export = Экспортировать диаграмму…
chart-export-tip = Сохранить диаграмму в формате PNG или SVG
chart-copy = Копировать изображение
chart-copy-tip = Скопировать диаграмму в буфер обмена в том виде, в каком она показана
flag-reported = отчётное
flag-estimated = оценочное
flag-derived = расчётное
flag-revised = пересмотренное
chart-hover = { $place }, { $year }: { $value } { $unit } ({ $flag })
    Источник: { $source }
menu-file = Файл
menu-open-recent = Недавние файлы
menu-no-recent = Нет недавних файлов
menu-edit = Правка
menu-view = Вид
menu-help = Справка
menu-language = Язык
menu-theme = Тема
theme-system = Как в системе
theme-light = Светлая
theme-dark = Тёмная
menu-native-dialogs = Системные диалоги выбора файлов
menu-native-dialogs-tip = Если выключено, пути к файлам вводятся в приложении
menu-renderer = Отрисовка (со следующего запуска)
renderer-wgpu = wgpu (по умолчанию)
renderer-wgpu-tip = Vulkan, Metal, DirectX 12 или OpenGL 3.3
renderer-glow = OpenGL (режим совместимости)
renderer-glow-tip = Для старых видеокарт или при медленной отрисовке
cmd-new-sample = Новый обзор встроенного примера
cmd-new-sample-tip = Начать новый пустой обзор по встроенному примеру набора данных
cmd-new-review = Новый обзор из набора данных…
cmd-new-review-tip = Начать новый пустой обзор по файлу набора данных (.dataset.ron)
cmd-open = Открыть…
cmd-open-tip = Открыть обзор (.review.ron) или набор данных (.dataset.ron)
cmd-save = Сохранить
cmd-save-tip = Сохранить обзор
cmd-save-as = Сохранить как…
cmd-save-as-tip = Сохранить обзор под другим именем
cmd-close = Закрыть
cmd-close-tip = Закрыть обзор
cmd-quit = Выход
cmd-quit-tip = Выйти из poa-review
cmd-undo = Отменить
cmd-undo-tip = Отменить последнее изменение
cmd-redo = Повторить
cmd-redo-tip = Повторить последнее отменённое изменение
cmd-find = Найти
cmd-find-tip = Искать обязательства на английском и китайском языках, а также по номеру
cmd-next-row = Следующее обязательство
cmd-next-row-tip = Выбрать следующее обязательство в списке
cmd-previous-row = Предыдущее обязательство
cmd-previous-row-tip = Выбрать предыдущее обязательство в списке
cmd-set-status = Присвоить статус { $n }
cmd-set-status-tip = Присвоить статус выбранному обязательству
cmd-zoom-in = Увеличить
cmd-zoom-in-tip = Увеличить всё
cmd-zoom-out = Уменьшить
cmd-zoom-out-tip = Уменьшить всё
cmd-zoom-reset = Обычный размер
cmd-zoom-reset-tip = Вернуть обычный размер
cmd-shortcuts = Сочетания клавиш
cmd-shortcuts-tip = Показать список сочетаний клавиш
lang-ar = Арабский
brief-title = Обзор хода осуществления Политической декларации и Плана действий 2009 года: информационная записка
brief-delegation = Делегация
brief-dataset = Набор данных
brief-date = Дата
brief-assessed = Оценено обязательств
brief-assessed-value = { $n } из { $total }
brief-copy = Экземпляр
brief-internal = Для внутреннего пользования: содержит закрытые тезисы
brief-shareable = Для общего доступа
brief-internal-mark = Для внутреннего пользования
brief-overview = Общий обзор
brief-pillars = Направления Плана действий
brief-outside = Вне направлений
brief-counts = Обязательства по статусу
brief-achievements = Достижения
brief-challenges = Проблемы
brief-priorities = Приоритеты дальнейших действий
brief-narrative-empty = (описание не подготовлено)
brief-supporting = Соответствующие обязательства
brief-supporting-more = { $n ->
    [one] и ещё { $n } обязательство (см. таблицу ниже)
    [few] и ещё { $n } обязательства (все — в таблице ниже)
    [many] и ещё { $n } обязательств (все — в таблице ниже)
   *[other] и ещё { $n } обязательства (все — в таблице ниже)
    }
brief-none = нет
brief-commitments = Обязательства
brief-assessed-table = Оценённые обязательства
brief-unassessed = Обязательства, ещё не получившие оценки (приводятся только в приложении 1): { $n }
brief-reference = Номер
brief-summary = Краткое содержание
brief-status = Статус
brief-evidence-level = Уровень подтверждения
brief-evidence = Подтверждения
brief-notes = Примечания
brief-talking-points = Тезисы (для внутреннего пользования)
brief-trends = Динамика показателей
brief-targets = Цели на 2019 год
brief-targets-intro = Изменение каждого связанного показателя от исходного уровня 2009 года до последнего значения (методика: docs/indicators.md).
brief-indicator = Показатель
brief-change = Изменение
brief-rating = Оценка
brief-no-indicator = В этом наборе данных нет показателей.
brief-annex-matrix = Приложение 1: матрица — все обязательства по направлениям
brief-annex-intro = Все обязательства по направлениям и группам, с их статусом и уровнем подтверждения. Тексты, подтверждения и примечания приводятся в разделах выше; в файлах экспорта Excel и CSV содержится матрица со всеми полями.
brief-annex-sources = Приложение 3: источники
brief-group = Направление или группа
brief-source = Источник
brief-title-col = Название
brief-url = Адрес
brief-page = Страница
cmd-export = Экспортировать информационную записку…
cmd-export-tip = Сохранить информационную записку в формате PDF, Word, HTML или Markdown либо матрицу в формате Excel или CSV
export-title = Экспорт информационной записки
export-format = Формат
export-profile = Экземпляр
export-shareable = Для общего доступа: закрытые тезисы не включаются
export-internal = Для внутреннего пользования: включает тезисы, пометка на каждой странице
export-language = Язык
export-pillars = Направления и группы
export-internal-warning = Этот экземпляр будет содержать закрытые тезисы.
export-go = Экспортировать…
export-done = Сохранено: { $path }
export-chart-failed = Не удалось построить диаграмму «{ $chart }», поэтому в экспортированном файле её нет: { $reason }
export-open-file = Открыть файл
export-open-folder = Открыть папку
dialog-export-briefing = Экспортировать информационную записку как
filter-briefing = Информационная записка

# Issue 14, items 15–18 (exports in real programs): references in the briefing's language.
ref-paragraph = { $symbol }, п. { $paragraph }
ref-paragraph-letter = { $symbol }, п. { $paragraph } ({ $letter })
ref-paragraph-only = п. { $paragraph }

# Issue 14, items 13, 14 and 19 (where an export writes, and the dataset it was made with).
output-no-folder = Папка { $folder } не существует; создайте её или выберите другую папку.
output-not-a-folder = { $folder } — это файл, а не папка; выберите папку для записи.
output-is-folder = { $path } — это папка, а не файл; выберите имя файла в ней.
output-is-input = { $path } — это файл { $input }, который читается при экспорте; выберите другое имя файла, чтобы не перезаписать его.
output-wrong-extension = Имя { $path } оканчивается на .{ $ext }, что не соответствует выбранному формату; дайте файлу расширение .{ $expected } или выберите формат, соответствующий его имени.
export-other-version = Этот обзор подготовлен по версии { $review } набора данных «{ $id }», а открыт набор данных версии { $dataset }. Это будет указано в информационной записке под заголовком; сначала проверьте оценки изменённых обязательств.
export-other-version-refused = этот обзор подготовлен по версии { $review } набора данных «{ $id }», а найденный набор данных ({ $origin }) имеет версию { $dataset }; поместите версию { $review } рядом с обзором или укажите её с помощью --dataset ФАЙЛ, либо добавьте --any-dataset-version, чтобы всё равно экспортировать с версией { $dataset } (тогда это будет указано в информационной записке под заголовком)
brief-dataset-other-version = { $dataset } — обзор подготовлен по версии { $review }, а не по этой

# Issue 14, items 1, 4 and 7 (charts on any dataset, opening an export, the shortcuts list).
chart-error-no-indicator = Выберите хотя бы один показатель.
chart-error-no-data = Ни у одного показателя этого набора данных нет значений для диаграммы.
chart-error-unknown = Показателя «{ $id }» нет в этом наборе данных; выберите показатели из списка.
chart-error-units = У «{ $first }» единица измерения — { $first_unit }, а у «{ $other }» — { $other_unit }; показывайте на одной диаграмме показатели с одинаковой единицей измерения.
chart-error-no-values = У выбранных показателей нет значений.
chart-error-other = Не удалось построить диаграмму: { $reason }
chart-indicators-last = На диаграмме должен быть хотя бы один показатель; выберите другой, прежде чем убрать этот.
open-with-not-found = Не удалось открыть { $path }: программа { $program } не найдена. Откройте файл из файлового менеджера.
open-with-failed = Не удалось открыть { $path }: { $program } завершилась с кодом { $code } (возможно, не установлена программа для файлов этого типа). Откройте файл из файлового менеджера.
open-with-stopped = Не удалось открыть { $path }: работа { $program } была прервана до завершения.
open-with-not-started = Не удалось открыть { $path }: не удалось запустить { $program } ({ $reason }).
shortcut-set-status = Присвоить статус: { $status }

# Issue 14, items 2, 3, 5, 8, 10 and 11 (search by tag labels, the list's layout, loading).
column-resize = Перетащите, чтобы изменить ширину столбца «{ $column }»
loading-title = Открывается { $name }
loading-reading = Чтение файла: { $read }
loading-reading-of = Чтение файла: { $read } из { $total }
loading-parsing = Чтение обязательств и обзора…
loading-dataset = Поиск набора данных обзора…
loading-dataset-of = Чтение набора данных обзора: { $read } из { $total }
loading-checking = Проверка документа…

# Issue 15, part I: charts, analysis and summaries speak through Fluent too.
chart-title-status = Статус обязательств по направлениям
chart-title-progress = Число обязательств с каждым статусом: динамика
chart-title-targets = Цели на 2019 год: общая картина
chart-title-trends = Динамика показателей
chart-no-history = Статусы ещё не присваивались: история пуста.
chart-axis-commitments = Обязательства
chart-assessed = оценено
chart-no-review = Обзора нет: ни одно обязательство не оценено
chart-targets-method = Изменение от исходного уровня 2009 года (или ближайшего последующего года, не позднее 2011) до последнего значения; изменение на 10 % и более в благоприятную или неблагоприятную сторону означает прогресс или регресс; неоднозначные показатели не оцениваются
chart-no-indicator = В этом наборе данных нет показателей
chart-source = Источник:
chart-baseline = (исходный уровень)
chart-target = (цель)
chart-estimated = оценочное или расчётное значение
rating-progress = Прогресс
rating-stagnation = Стагнация
rating-regression = Регресс
rating-no-data = Нет данных
summary-total = Итого

# A text shown as it is (a parser's own words, a file name): the same in every language.
plain-text = { $text }

# Issue 15, part I: problems in files, as the command line and the window show them.
level-error = ошибка
level-warning = предупреждение

# Issue 15, part I: what validation finds in a dataset or review.
term-unit = единица измерения
term-tag = метка
term-indicator = показатель
term-target-area = целевая область
term-source = источник
term-group = группа
term-commitment = обязательство
term-section = раздел
term-status-level = уровень статуса
term-evidence-level = уровень подтверждения
validate-dataset-id-empty = идентификатор набора данных пуст; присвойте набору данных постоянный идентификатор, например «poa2009-review»
validate-dataset-version-empty = версия набора данных не указана; укажите версию, например «1.0.0»
validate-no-pillar = ни одна группа не является направлением; в наборе данных должны быть направления Плана действий (kind: Pillar)
validate-section-twice = идентификатор раздела «{ $id }» используется дважды (также в группе «{ $group }»); идентификаторы разделов в наборе данных должны быть уникальными
validate-no-commitments = в наборе данных нет обязательств
validate-section-unknown = раздела «{ $section }» не существует; используйте один из разделов группы «{ $group }»
validate-section-other-group = раздел «{ $section }» относится к группе «{ $owner }», а не к «{ $group }»; исправьте группу или раздел
validate-no-section = у обязательства «{ $commitment }» не указан раздел, хотя в группе «{ $group }» есть разделы; добавьте `section: Some("…")`
validate-target-not-finite = целевое значение не является конечным числом
validate-no-observations = у показателя «{ $indicator }» нет наблюдений
validate-year-twice = { $year } год встречается в ряду «{ $indicator }» дважды; оставьте одно значение на каждый год
validate-year-order = ряд «{ $indicator }» не упорядочен по годам ({ $year } после { $last }); отсортируйте его по годам
validate-value-not-finite = значение не является конечным числом
validate-mixed-units = в ряду «{ $indicator }» смешаны единицы измерения: это значение указано в «{ $unit }», а показатель измеряется в «{ $indicator_unit }»; пересчитайте значение или создайте отдельный показатель
validate-status-scale-short = в шкале статусов должно быть не менее двух уровней: сначала «не оценено», затем оценки
validate-not-colour = «{ $colour }» не является цветом; укажите его в виде «#rrggbb», например «#2e7d32»
validate-evidence-scale-empty = шкала подтверждений пуста; в ней должен быть как минимум уровень «нет подтверждений»
validate-delegation-empty = название делегации не указано
validate-history-order = эта запись истории старше предыдущей; записи истории должны идти в хронологическом порядке
validate-other-dataset = этот обзор относится к набору данных «{ $review_dataset }», а указан набор данных «{ $dataset }»; откройте обзор с его собственным набором данных
validate-other-version = этот обзор подготовлен по версии { $review_version } набора данных, а текущая версия набора данных — { $version }; проверьте оценки изменённых обязательств
validate-content-changed = содержание набора данных изменилось после подготовки этого обзора, хотя его версия ({ $version }) осталась прежней; проверьте оценки
validate-unknown-assessed = в обзоре оценивается обязательство «{ $id }», которого нет в наборе данных; удалите оценку или используйте набор данных, по которому был подготовлен обзор
validate-unknown-status = статуса «{ $status }» нет в шкале статусов набора данных ({ $levels })
validate-unknown-evidence = уровня подтверждения «{ $level }» нет в шкале подтверждений набора данных ({ $levels })
validate-unknown-narrative = в обзоре есть описание для группы «{ $id }», которой нет в наборе данных
validate-unknown-history = запись истории об объекте «{ $id }» ({ $what }), которого нет в наборе данных (запись сохранена, так как история никогда не переписывается)
validate-id-empty = { $what }: пустой идентификатор
validate-id-spaces = { $what } «{ $id }»: идентификатор начинается или заканчивается пробелами
validate-id-character = { $what } «{ $id }»: идентификатор содержит символ { $character }; в идентификаторах допускаются только латинские буквы ASCII, цифры, `-`, `_` и `.`
validate-id-character-symbol = { $what } «{ $id }»: идентификатор содержит символ { $character }; в идентификаторах допускаются только латинские буквы ASCII, цифры, `-`, `_`, `/` и `.`
validate-id-start = { $what } «{ $id }»: идентификатор должен начинаться с буквы или цифры
validate-id-dots = { $what } «{ $id }»: идентификатор не должен содержать `..` или `.` после `/`
validate-id-long = { $what } «{ $id }»: идентификатор содержит { $n } { $n ->
        [one] символ
        [few] символа
        [many] символов
       *[other] символа
    }; допускается не более { $max } { $max ->
        [one] символа
        [few] символов
        [many] символов
       *[other] символа
    }
validate-id-twice = { $what } «{ $id }»: идентификатор используется дважды; у каждого элемента типа «{ $what }» должен быть свой идентификатор
validate-dangling = { $what } «{ $id }»: не существует; добавьте элемент в `{ $list }` или исправьте ссылку
validate-year-range = год { $year } вне допустимого диапазона ({ $first }–{ $last }); возможно, это опечатка?
validate-unknown-language = неизвестный код языка «{ $code }»; используйте один из следующих: { $codes }
validate-english-missing = отсутствует текст на английском языке («en»); у каждого текста должна быть английская версия, которая показывается, если текста на нужном языке нет
validate-text-missing = отсутствует текст «{ $code }»; будет показан английский текст с пометкой

# Issue 15, part I: the command line (in the system's language, or POA_REVIEW_LANG's).
cli-need-format = укажите --format или имя файла с расширением .pdf, .docx, .html, .md, .xlsx или .csv
cli-dataset-not-found = набор данных «{ $id }» не найден ни рядом с обзором, ни среди встроенных
cli-dataset-not-found-pass = набор данных «{ $id }» не найден ни рядом с обзором, ни среди встроенных; укажите его с помощью --dataset ФАЙЛ
cli-dataset-not-found-unchecked = набор данных «{ $id }» не найден ни рядом с обзором, ни среди встроенных, поэтому ссылки обзора не проверены; укажите его с помощью --dataset ФАЙЛ
cli-given-dataset-unloadable = не удалось загрузить набор данных, указанный с помощью --dataset, поэтому ссылки обзора не проверены
cli-no-group = направления или группы «{ $id }» нет; в наборе данных есть: { $known }
cli-written = { $path } ({ $kib } КиБ)
cli-no-folder = не удалось создать папку: { $reason }
cli-generated-dataset = { $path }: { $commitments } { $commitments ->
        [one] обязательство
        [few] обязательства
        [many] обязательств
       *[other] обязательства
    }, { $indicators } { $indicators ->
        [one] показатель
        [few] показателя
        [many] показателей
       *[other] показателя
    }, { $points } { $points ->
        [one] точка данных
        [few] точки данных
        [many] точек данных
       *[other] точки данных
    }
cli-generated-review = { $path }: { $assessments } { $assessments ->
        [one] оценка
        [few] оценки
        [many] оценок
       *[other] оценки
    }
cli-bad-scale = значение --scale должно быть от 0.25 до 8, а не { $scale }
cli-chart-written = { $path }: { $title } ({ $width } × { $height })
cli-ok = { $path }: ошибок нет ({ $note })
cli-note-dataset = набор данных { $id } { $version }: { $commitments } { $commitments ->
        [one] обязательство
        [few] обязательства
        [many] обязательств
       *[other] обязательства
    }, { $indicators } { $indicators ->
        [one] показатель
        [few] показателя
        [many] показателей
       *[other] показателя
    }
cli-note-review = обзор делегации { $delegation }: оценено { $assessed } из { $total } { $total ->
        [one] обязательства
        [few] обязательств
        [many] обязательств
       *[other] обязательства
    }, проверка по: { $origin }
cli-summary-dataset = Набор данных { $title } ({ $version })
cli-summary-review = Обзор: { $delegation } — оценено { $assessed }/{ $total }

# Issue 15, part I: why a file could not be read (its position is given beside it).
term-dataset = набор данных
term-review = обзор
load-folder = это папка, а не файл
load-too-large = файл слишком велик, чтобы его открыть ({ $size } МиБ; предел — { $cap } МиБ); действительно ли это документ poa-review?
load-not-utf8 = файл не является корректным текстом в кодировке UTF-8; сохраните его в UTF-8 (возможно, это двоичный файл или файл в другой кодировке?)
load-newer-version = этот { $kind } имеет format_version { $version }, а эта версия poa-review читает format_version { $supported }; откройте его в более новой версии poa-review
load-version-zero = format_version 0 недопустим; эта версия читает format_version { $supported }
load-empty = файл пуст; { $kind } начинается с `(format_version: 1, …`
load-control-character = неожиданный управляющий символ U+{ $code }; возможно, файл повреждён или не является текстовым
load-truncated = файл обрывается слишком рано; возможно, он был обрезан
load-too-deep = слишком глубокая вложенность значений (более 128 уровней); это не { $kind } poa-review
load-trailing = неожиданный текст после конца документа; удалите его или проверьте скобки
load-expected-integer = здесь ожидается целое число
load-expected-float = здесь ожидается число, записанное в виде 123000.0
load-unclosed-quote = текст в двойных кавычках не закрыт; возможно, файл был обрезан
load-expected-string = здесь ожидается текст в двойных кавычках
load-expected-comma = здесь ожидается запятая; может быть, перед ней пропущена кавычка, скобка или запятая?
load-expected-field = здесь ожидается имя поля
load-expected-struct = здесь ожидается `(`, открывающая группу полей
load-expected-list = здесь ожидается `[`, открывающая список
load-expected-map = здесь ожидается `{"{"}`, открывающая словарь
load-missing-field-in = в `{ $outer }` отсутствует поле `{ $field }`; добавьте `{ $field }: …`
load-missing-field = отсутствует поле `{ $field }`; добавьте `{ $field }: …`
load-unknown-field-in = неизвестное поле `{ $found }` в `{ $outer }`; допустимые поля: { $fields }
load-unknown-field = неизвестное поле `{ $found }`; допустимые поля: { $fields }
load-unknown-variant = `{ $found }` — недопустимое значение типа { $what }; используйте одно из следующих: { $variants }
load-unclosed-comment = комментарий `/*` не закрыт с помощью `*/`
load-bad-date = недопустимая дата или время; записывайте даты в виде "2014-03-13", а время — в виде "2014-03-13T09:30:00Z" ({ $reason })

## Saving, settings, chart errors on the command line (the system's own reason stays as it is)
save-failed-step = не удалось сохранить ({ $step }): { $reason }
save-step-temporary = при создании временного файла
save-step-writing = при записи
save-step-flushing = при сбросе на диск
save-step-backup = при сохранении предыдущей версии как .bak
save-step-replacing = при замене файла
save-step-folder = при сбросе папки на диск
save-step-locking = при блокировке файла
save-not-a-file-name = не удалось сохранить: это не имя файла
save-path-is-folder = не удалось сохранить: { $path } — это папка, а не файл; выберите имя файла в ней
save-folder-missing = не удалось сохранить: папка { $folder } не существует; создайте её или выберите другую папку
save-folder-is-file = не удалось сохранить: { $folder } — это файл, а не папка; выберите папку для записи
save-unserialisable = не удалось записать документ: { $reason }
save-review-unserialisable = не удалось записать обзор: { $reason }
save-no-folder = не удалось сохранить: папка { $folder } не существует
save-held-elsewhere = не удалось сохранить: файл открыт в другом месте ({ $holder }); выберите другое имя
save-read-only = файл { $why }; используйте «Сохранить как…», чтобы сохранить копию
read-only-open-elsewhere = открыт в другом месте ({ $holder })
read-only-lock-failed = не удалось заблокировать ({ $reason })
lock-held = { $document }: файл открыт в другом месте ({ $holder }); откройте его только для чтения или сначала закройте его там
lock-failed = { $lock }: не удалось заблокировать файл: { $reason }
lock-replaced = другая программа постоянно заменяет файл блокировки
lock-holder = { $user } на { $host }, процесс { $pid }, с { $since }
lock-holder-unknown = владелец неизвестен
io-not-found = файл не существует (может быть, его переместили или переименовали?)
io-permission-denied = доступ запрещён: у вас нет прав на чтение или запись этого файла
io-disk-full = диск заполнен; освободите место и повторите попытку
io-read-only-disk = диск или папка доступны только для чтения
io-is-folder = это папка, а не файл
export-failed = не удалось записать информационную записку: { $reason }
export-chart-missing = не удалось построить диаграмму «{ $chart }», поэтому в экспортированном файле её нет: { $reason }
save-review-dataset-missing = набор данных этого обзора («{ $id }», версия { $version }) не найден; поместите его файл .dataset.ron в ту же папку
settings-folder-failed = не удалось создать папку настроек: { $reason }
settings-unreadable = { $path }: не удалось прочитать настройки: { $reason }
settings-unparsable = { $place }: не удалось прочитать настройки, используются значения по умолчанию: { $reason }
origin-built-in = встроенный { $name }
cli-chart-none-chosen = выберите хотя бы один показатель
cli-chart-unknown = показателя «{ $id }» нет в наборе данных; в нём есть { $known }
cli-chart-unknown-more = показателя «{ $id }» нет в наборе данных; в нём есть { $list }, … (всего { $count })
cli-chart-unknown-none = показателя «{ $id }» нет в наборе данных; в нём нет ни одного показателя
cli-chart-mixed-units = «{ $first }» измеряется в { $first_unit }, а «{ $other }» — в { $other_unit }; показывайте на одной диаграмме показатели с одной единицей
cli-chart-no-values = у выбранных показателей нет значений
cli-chart-too-small = диаграмме нужно не менее 100 × 80 пикселей, а не { $width } × { $height }
cli-chart-drawing-failed = не удалось нарисовать диаграмму: { $reason }

## Merging a colleague's review
field-merge = Слияние
merge-other-dataset = обзоры относятся к разным наборам данных, { $mine } и { $theirs }; сливать можно только обзоры одной версии набора данных
merge-out-is-input = { $input } — один из сливаемых обзоров; запишите результат в другой файл
merge-summary = Слит { $theirs }: принято изменений: { $taken }, конфликтов: { $conflicts }, новых записей истории: { $history }.
merge-conflict-line = конфликт в { $subject }, { $field }: у нас «{ $mine }», у них «{ $theirs }»
merge-evidence-removed = (удалено)
merge-conflicts-kept = Осталось конфликтов: { $count }. В каждом сохранено наше значение, а конфликты записаны в обзор: откройте его в poa-review, чтобы их разрешить.
merge-nothing = { $theirs } не содержит ничего нового; обзор остаётся прежним.
merge-dry-run = Пробный запуск: ничего не записано.
merge-written = Записано: { $path }
cmd-merge = Слить обзор коллеги…
cmd-merge-tip = Объединить копию коллеги с вашей: изменения, сделанные одной стороной, принимаются, а там, где изменили оба, выбираете вы
cmd-settings = Настройки…
cmd-settings-tip = Ваше имя, язык, тема, способ отрисовки и диалоги файлов
dialog-merge = Слить обзор коллеги
merge-button = Слить
busy-merge = Слияние…
merge-title = Слить обзор коллеги
merge-screen-summary = Из { $theirs }: принято изменений: { $taken }, конфликтов: { $conflicts }, новых записей истории: { $history }. Выберите решение для каждого конфликта и примените слияние: это один шаг, который можно отменить.
merge-taken = Изменения, принятые от коллеги ({ $count })
merge-title-reply = Импорт ответа министерства
merge-taken-reply = Изменения, принятые из ответа ({ $count })
merge-no-conflicts = Конфликтов нет: каждое изменение сделано одной стороной.
merge-pillar = Компонент
merge-all-pillars = Все компоненты
merge-empty = (пусто)
merge-evidence-none = (нет)
merge-base-unknown = (неизвестно)
merge-side-base = Раньше (общая версия)
merge-side-mine = Наше
merge-side-theirs = Их
merge-keep-mine = Оставить наше
merge-take-theirs = Взять их
merge-keep-both = Оставить оба
merge-edit = Изменить
merge-edited-text = Текст, который остаётся
merge-apply = Применить слияние
merge-applied = { $theirs } слит. «Отменить» (Ctrl+Z) возвращает как было.
merge-pending-label = конфликты, оставленные прежним слиянием
banner-conflicts = Конфликты для решения:
banner-conflicts-text = Прежнее слияние оставило в этом обзоре конфликтов: { $count }; в каждом сохраняется ваше значение, пока вы не выберете.
banner-conflicts-answer = Решить…
banner-copy = Копия синхронизации:
banner-copy-text = Рядом с этим обзором лежит { $name }; папка синхронизации создала её, когда обзор изменили в двух местах.
banner-copy-merge = Слить её…
banner-copy-ignore = Пропустить
settings-title = Настройки
settings-first-use = Добро пожаловать. Ваше имя сопровождает каждое ваше изменение, чтобы коллеги, сливающие свои копии, видели, кто что сделал.
settings-name = Ваше имя
settings-name-tip = Записывается в историю обзора, в блокировку, пока обзор открыт, и в записи о слияниях.
settings-dialogs = Диалоги файлов
settings-done = Готово
changes-title = { $delegation }: что изменилось с { $since }
changes-none = С { $since } ничего не изменилось.
changes-empty = (пусто)
cli-bad-date = «{ $date }» — не дата; запишите её как ГГГГ-ММ-ДД (например, 2014-03-13)
report-col-subject = Ссылка
report-col-field = Поле
report-col-before = Было
report-col-now = Стало
report-col-by = Кто
report-col-when = Когда
compare-title = Сравнение двух обзоров
compare-subtitle = { $left } и { $right }: только различающиеся обязательства и описания.
compare-none = Оба обзора содержат одни и те же значения.
cli-need-report-format = укажите формат через --format md, html, pdf, docx или xlsx либо дайте --out имя с одним из этих расширений
report-out-is-input = эта команда читает { $input }; запишите результат в другой файл
cmd-compare = Сравнить с другим обзором…
cmd-compare-tip = Только обязательства и описания, в которых другой обзор этого набора данных отличается, поле за полем
cmd-changes-since = Что изменилось с…
cmd-changes-since-tip = По компонентам — каждое поле, изменённое с указанной даты: было и стало, кто и когда
dialog-compare = Сравнить с другим обзором
dialog-export-report = Экспортировать отчёт как
filter-report = Отчёты (HTML, PDF, Word, Excel, Markdown)
report-since = С (дата)
report-show = Показать
report-export-html = Экспорт в HTML…
report-export-md = Экспорт в Markdown…
report-needs-out = отчёт { $format } нельзя вывести в терминал; запишите его в файл с помощью --out ФАЙЛ
report-failed = не удалось записать отчёт: { $reason }
report-export-pdf = Экспорт в PDF…
report-export-docx = Экспорт в Word…
report-export-xlsx = Экспорт в Excel…
filter-what-changed = Что изменилось?
filter-what-changed-tip = По компонентам — каждое поле, изменённое с этой даты: было и стало, кто и когда

## Пакеты запросов для министерств и ответы на них
pack-nothing-in-scope = в { $scope } нет ни одного обязательства; укажите идентификаторы столпов, групп или разделов (см. набор данных)
pack-too-long = примечания или доказательства по { $commitment } длиннее, чем вмещает ячейка электронной таблицы (32 767 символов); сократите их перед отправкой пакета
pack-failed = не удалось записать пакет: { $reason }
pack-sheet-commitments = Обязательства
pack-sheet-instructions = Инструкции
pack-col-id = Идентификатор
pack-col-reference = Ссылка
pack-col-commitment = Обязательство
pack-col-status = Статус
pack-col-evidence-level = Уровень доказательств
pack-col-evidence = Доказательства (по одному в строке)
pack-col-notes = Примечания
pack-title = Запрос информации от { $delegation }
pack-for = Кому: { $recipient }
pack-sent = Отправлено { $date } на основе обзора по набору данных { $dataset }.
pack-how-1 = На листе «{ $sheet }» перечислены { $count } обязательств, которые мы просим вас рассмотреть, по одному в строке. Ссылка и текст каждого обязательства заблокированы.
pack-how-2 = Для каждого обязательства выберите статус и уровень доказательств в раскрывающихся списках; текущие значения уже заполнены.
pack-how-3 = В столбце «Доказательства» указывайте по одному доказательству в строке: документ, пункт или ссылку и то, что он показывает. Сохраняйте имеющиеся строки, если они верны.
pack-how-4 = В столбце «Примечания» напишите, что следует знать делегации. Не вводите формулы.
pack-how-5 = Не переименовывайте листы и не меняйте столбец идентификаторов: по ним читается ваш ответ. Сохраните файл как книгу Excel (.xlsx) и отправьте обратно.
pack-choose-from-list = Выберите значение из списка.
sheet-cell-problem = { $cell }: { $problem }
reply-unreadable = этот файл не удалось прочитать как электронную таблицу: { $reason }
reply-not-a-pack = эта книга не является пакетом запроса poa-review (в ней нет листа «poa-review»); чтобы импортировать другую таблицу, используйте «Файл → Импорт таблицы…»
reply-identity-broken = скрытый лист с идентификацией пакета был изменён и не читается ({ $what }); попросите ответить в пакете в том виде, в каком он был отправлен
reply-other-dataset = этот пакет создан по обзору набора данных { $pack }, а этот обзор относится к { $review }; импортируйте его в обзор по { $pack }
reply-other-review = этот пакет отправлен из обзора «{ $pack }», а не из этого обзора («{ $review }»)
reply-no-sheet = лист «{ $sheet }» пакета отсутствует или переименован
reply-no-column = в первой строке нет столбца «{ $heading }» (переименован или удалён?)
reply-formula = содержит формулу ({ $formula }); введите само значение
reply-date = содержит дату ({ $date }); введите сам текст
reply-error-value = содержит значение ошибки ({ $value })
reply-no-id = в этой строке есть значения, но нет идентификатора обязательства
reply-not-in-pack = «{ $id }» не является обязательством этого пакета
reply-twice = «{ $id }» встречается дважды; оставьте по одной строке на обязательство
reply-not-on-list = «{ $value }» нет в списке; выберите одно из его значений
pack-window-title = Запросить информацию
pack-window-intro = Книга Excel для министерства или ведомства, не использующего poa-review: выбранные обязательства, их текущие статусы, доказательства и примечания, а также раскрывающиеся списки для ответа. Личные тезисы никогда не включаются.
pack-recipient = Кому
pack-recipient-hint = Министерство здравоохранения
pack-scope = Столпы и разделы
pack-scope-all = Ничего не отмечено: включаются все обязательства.
pack-save = Сохранить пакет…
cmd-send-for-input = Запросить информацию…
cmd-send-for-input-tip = Создать книгу Excel, которую министерство заполнит и вернёт
cmd-import-reply = Импортировать ответы…
cmd-import-reply-tip = Загрузить заполненные пакеты (можно выбрать несколько сразу): изменения каждого министерства по очереди проходят через экран слияния
dialog-save-pack = Сохранить пакет запроса
dialog-import-reply = Импортировать ответ министерства
filter-workbooks = Книги Excel
matrix-empty = в книге нет ни одного листа
matrix-no-columns = в первых 20 строках листа «{ $sheet }» не найдена строка заголовков со столбцом ссылки (Reference, ID, Paragraph, 编号…) и столбцом статуса, примечаний или доказательств
matrix-unmatched = «{ $reference }» не соответствует ни одному обязательству набора данных; строка пропущена
matrix-ambiguous = «{ $reference }» соответствует { $count } обязательствам ({ $ids }); строка пропущена: укажите в ячейке ID обязательства
matrix-unknown-word = «{ $word }» ({ $cells }) нет в шкале статусов или доказательств; укажите его значение через --map "{ $word }=УРОВЕНЬ" (уровни: { $levels })
matrix-bad-map = --map «{ $map }» не имеет вида СЛОВО=УРОВЕНЬ
merge-title-matrix = Импорт электронной таблицы
merge-taken-matrix = Изменения, принятые из таблицы ({ $count })
dialog-import-sheet = Импорт электронной таблицы
filter-spreadsheets = Электронные таблицы (Excel, OpenDocument, CSV)
cmd-import-sheet = Импортировать таблицу…
cmd-import-sheet-tip = Перенести существующую матрицу делегации: выбрать столбцы, сопоставить слова, посмотреть, что изменится, и применить
sheet-password = книга защищена паролем (зашифрована); откройте её в табличной программе, снимите пароль (сохраните без него) и импортируйте эту копию
matrix-too-many-rows = в «{ $sheet }» { $rows } строк; из матрицы читается не более { $max } строк (по одной на обязательство): скопируйте строки обязательств на отдельный лист и импортируйте его
matrix-no-reference = в строке нет ссылки; она пропущена
matrix-hidden-row = строка скрыта в книге; она импортируется, как и остальные
matrix-unknown-level = --map «{ $map }»: «{ $level }» нет ни в одной шкале (уровни: { $levels })
matrix-column-reference = Ссылка или ID
matrix-column-status = Статус
matrix-column-evidence-level = Уровень подтверждения
matrix-column-notes = Примечания
matrix-column-evidence = Подтверждения
matrix-column-reviewer = Рецензент
matrix-column-date = Дата
matrix-column-none = (нет на этом листе)
matrix-window-title = Импорт электронной таблицы
matrix-window-file = { $file }: { $sheets ->
    [one] лист «{ $sheet }»
    [few] { $sheets } листа с этими заголовками («{ $sheet }»)
    [many] { $sheets } листов с этими заголовками («{ $sheet }»)
   *[other] { $sheets } листа с этими заголовками («{ $sheet }»)
}, строк: { $rows }
matrix-sheet = Лист
matrix-sheet-skipped = у листа «{ $sheet }» нет заголовков листа «{ $chosen }»; он не читается
matrix-window-intro = Строки сопоставляются с обязательствами по ID или по ссылке (89 (g), A/68/126, para. 89 (g), 第89段(g)). Ничего не меняется, пока вы не примените изменения на следующем экране.
matrix-heading-row = Строка заголовков
matrix-preview = Первые строки в том виде, в каком они будут прочитаны
matrix-preview-row = Строка
matrix-preview-commitment = Обязательство
matrix-preview-unmatched = нет соответствия
matrix-summary = Сопоставлено строк: { $matched }, пропущено: { $unmatched }, слов для сопоставления: { $words }.
matrix-words-title = Слова, которых нет в шкале
matrix-word = «{ $word }» ({ $scale }; { $cells })
matrix-word-choose = Означает…
matrix-word-leave-out = Не импортировать эти ячейки
matrix-unmatched-title = Пропущенные строки ({ $count })
matrix-and-more = … и ещё { $count }
matrix-show-changes = Показать изменения…
open-spreadsheet = это электронная таблица, а не обзор и не набор данных: перенесите матрицу в открытый обзор через Файл → Импортировать таблицу…, заполненный пакет министерства — через Файл → Импортировать ответы…, или создайте набор данных через Файл → Новый набор данных из таблицы…
dialog-dataset-book = Создать набор данных из книги
dialog-save-dataset = Сохранить набор данных
dialog-save-template = Сохранить шаблон набора данных
cmd-dataset-from-sheet = Новый набор данных из таблицы…
cmd-dataset-from-sheet-tip = Создать набор данных (компоненты, обязательства, показатели, источники) из книги; каждая проблема указывается с ячейкой, а набор сохраняется и открывается, только если он корректен
cmd-dataset-template = Сохранить шаблон набора данных…
cmd-dataset-template-tip = Записать пустую книгу со всеми листами, заголовками и инструкциями, чтобы создать в ней набор данных
cmd-open-log-folder = Открыть папку журнала
cmd-open-log-folder-tip = Показать папку журнала поддержки (предупреждения и ошибки, но не содержание обзора), чтобы отправить его в ИТ-службу
cmd-user-guide = Руководство пользователя
cmd-user-guide-tip = Краткое руководство (на английском): первый обзор, отметки, подтверждения, графики, справка, совместная работа
guide-window-title = Руководство пользователя (на английском)

## Datasets from a spreadsheet
book-dangling = { $what } «{ $id }»: не существует; добавьте элемент на лист «{ $list }» или исправьте ссылку
book-no-sheet = нет листа «{ $sheet }» (листы книги: { $sheets }); `poa-review dataset-template` создаёт книгу со всеми листами
book-sheet-unreadable = не удалось прочитать лист «{ $sheet }»: { $reason }
book-no-language = у столбца «{ $heading }» должен быть указан язык в скобках, например «{ $heading } (en)» или «{ $heading } (zh)»
book-unknown-language = «{ $code }» в столбце «{ $heading }» — не код языка; используйте один из кодов: { $codes }
book-unknown-column = столбец «{ $heading }» не читается: столбцы этого листа — { $headings }
book-column-twice = столбец «{ $heading }» встречается дважды (впервые в столбце { $first }); оставьте один
book-no-column = в строке заголовков нет столбца «{ $heading }»
book-second-row = на этом листе только одна строка; перенесите значения этой строки в первую или удалите её
book-no-row = под заголовками нет ни одной строки; укажите идентификатор, версию и название набора данных
book-empty = «{ $column }» не заполнено; это нужно в каждой строке
book-not-number = «{ $value }» — не число
book-not-whole = «{ $value }» — не целое число
book-number-date = содержит дату ({ $date }), а не число; задайте ячейке числовой формат и введите значение
book-year-date = содержит дату ({ $date }), а не год; введите год числом, например 2014 (год, введённый в ячейку с форматом даты, отображается как дата 1905 года)
book-not-date = «{ $value }» — не дата; введите её в виде 2014-03-13
book-not-choice = «{ $value }» — не одно из значений: { $choices }
book-not-yes-no = «{ $value }» — ни «да» (yes), ни «нет» (no)
book-unknown-pillar = «{ $id }» — не направление и не группа листа «{ $sheet }»
book-unknown-indicator = «{ $id }» — не показатель листа «{ $sheet }»
book-target-half = для цели нужны и год (target year), и значение (target value)
book-more-problems = { $count ->
        [one] … и ещё { $count } проблема
        [few] … и ещё { $count } проблемы
        [many] … и ещё { $count } проблем
       *[other] … и ещё { $count } проблемы
    }
book-too-long = { $cell }: текст длиннее, чем вмещает ячейка электронной таблицы (32 767 знаков)
book-write-failed = не удалось записать книгу: { $reason }
book-nothing-written = Ничего не записано: исправьте перечисленные проблемы и запустите команду снова.
book-built = { $path }: набор данных «{ $id }» { $version }: { $commitments } { $commitments ->
        [one] обязательство
        [few] обязательства
        [many] обязательств
       *[other] обязательства
    }, { $indicators } { $indicators ->
        [one] показатель
        [few] показателя
        [many] показателей
       *[other] показателя
    }, { $observations } { $observations ->
        [one] наблюдение
        [few] наблюдения
        [many] наблюдений
       *[other] наблюдения
    }
book-instructions-title = Подготовка набора данных poa-review в этой книге
book-instructions-sheets = Каждый лист из списка ниже содержит один перечень набора данных, по одному элементу в строке, под заголовками своей первой строки. Сохраняйте названия листов и заголовки (распознаются и китайские заголовки, например 编号 или 标题（中文）) и добавляйте строки под ними; столбцы можно переставлять. Пустые строки пропускаются, скрытые читаются как обычные, а значение объединённой ячейки относится к каждой её ячейке.
book-instructions-languages = У текстов по одному столбцу на язык: title (en), title (zh) и т. д. Английский обязателен; отсутствие китайского текста даёт предупреждение; французский, испанский, русский и арабский необязательны (добавьте для них столбец вида title (fr)).
book-instructions-lists = Идентификаторы короткие и не меняются после того, как набор данных начал использоваться: буквы, цифры, -, _ и . (в идентификаторах источников допускается и /, как в A/68/126). Перечни идентификаторов (метки, целевые области, показатели) разделяются запятыми. Ссылка состоит из документа (идентификатора источника), номера пункта и необязательной буквы.
book-instructions-choices = kind: Action, Recommendation или Target2019 (пусто: Action). На листе Pillars kind: Pillar или CrossCutting (пусто: Pillar). direction: DownIsGood или UpIsGood. flag: Reported, Estimated, Derived или Revised (пусто: Reported). counts as progress: yes или no.
book-instructions-numbers = Годы, пункты и значения — числа; год вводится как 2014, а не как дата. Формула читается как значение, которое она показала последним. Дата набора данных — ячейка с датой или текст вида 2014-03-13 (пусто: сегодня).
book-instructions-defaults = Листы и столбцы, отмеченные *, обязательны. Остальные листы можно опустить: без Units, Target areas, Tags, Indicators или Observations в наборе данных их нет; без Status scale или Evidence scale, или если они пусты, используются шкалы по умолчанию, приведённые в них здесь. Пустой базовый год означает 2009.
book-instructions-build = Соберите набор данных командой: poa-review dataset-from-sheet ЭТОТ-ФАЙЛ.xlsx --out ИМЯ.dataset.ron. Каждая проблема указывается с листом, строкой и столбцом (например, Commitments!C14), и ничего не записывается, пока проблемы остаются.
book-instructions-sheet = Лист
book-instructions-holds = Содержание
book-instructions-columns = Столбцы
book-about-dataset = Одна строка: идентификатор, версия, дата (составления), название и описание набора данных.
book-about-sources = Документы и публикации, на которые ссылается набор данных; ссылки и наблюдения указывают их по идентификатору.
book-about-units = Единицы измерения показателей с их названиями.
book-about-pillars = Три направления Плана действий и сквозные группы, если они есть, в порядке отображения.
book-about-sections = Разделы направлений и групп; у каждого указано его направление или группа.
book-about-target-areas = Целевые области на 2019 год, где каждая установлена, и показатели, которые её измеряют.
book-about-tags = Название каждой метки на каждом языке (метка без названия показывается по идентификатору).
book-about-commitments = Рассматриваемые обязательства: направление, раздел, ссылка, название и текст, метки, целевые области и показатели.
book-about-indicators = Показатели: название, единица, география, какое направление означает прогресс, базовый год и необязательная цель.
book-about-observations = Значения показателей, по одной строке на показатель и год, каждое со своим источником.
book-about-status-scale = Уровни для отметки прогресса по порядку; каждое обязательство начинается с первого.
book-about-evidence-scale = Уровни подтверждения по порядку; каждое обязательство начинается с первого.

# Issue 13: a briefing a delegate can cite (information cut-off, sources, honest ratings, addressees).
date-long = { $day } { $month ->
    [1] января
    [2] февраля
    [3] марта
    [4] апреля
    [5] мая
    [6] июня
    [7] июля
    [8] августа
    [9] сентября
    [10] октября
    [11] ноября
   *[12] декабря
    } { $year } г.
addressee-member-states = государства-члены
addressee-general-assembly = Генеральная Ассамблея
addressee-commission = Комиссия по наркотическим средствам
addressee-unodc = ЮНОДК
addressee-incb = МККН
filter-addressee = Адресат
filter-addressee-any = Любой
detail-addressed-to = адресат: { $addressee }
detail-addressed-to-tip = Кто может действовать по этому обязательству. Рекомендация Генеральной Ассамблее — решение, по которому ни одна делегация не может добиться прогресса в одиночку: отметьте, что ваша страна сделала в её поддержку.
rating-not-rated = Без оценки
chart-hindsight = опубликовано после { $date } (задним числом)
chart-hover-hindsight = Опубликовано { $published }, после даты отсечения информации { $date }: не было известно на момент обзора.
chart-targets-method-as-of = От исходного уровня 2009 года (или ближайшего последующего года, не позднее 2011) до последнего значения, опубликованного к { $date }; изменение на 10 % и более в благоприятную или неблагоприятную сторону означает прогресс или регресс; неоднозначные показатели не оцениваются
chart-targets-more = … и ещё { $n }: см. таблицу в записке
chart-as-of = Информация на
chart-as-of-dataset = дата отсечения набора данных ({ $date })
chart-as-of-dataset-none = в наборе данных не указана
chart-as-of-none = без даты отсечения (все значения известны)
chart-as-of-day = другой день
chart-as-of-tip = Значения, опубликованные после этого дня, показаны пустыми квадратами на пунктирной линии и исключены из оценок целей 2019 года. Выберите другой день, чтобы увидеть, что было известно тогда, например 2016-04-19 для специальной сессии.
chart-as-of-bad-day = запишите день как ГГГГ-ММ-ДД
targets-row-change = { $from }–{ $to }: { $change }
targets-row-change-later-baseline = { $from }–{ $to }: { $change } (исходный уровень { $from }: нет значения за { $baseline })
targets-row-no-baseline = нет исходного уровня: нет значений с { $baseline } по { $last }
targets-row-no-later = нет значений после { $from }
targets-row-ambiguous = без оценки: рост или снижение можно истолковать по-разному
targets-row-hindsight = { $n ->
    [one] значение за { $years } опубликовано после { $date } и не учитывается
   *[other] значения за { $years } опубликованы после { $date } и не учитываются
}
brief-as-of = Информация на
brief-as-of-none = без даты отсечения: все значения считаются известными
brief-left-out = Не учтено
brief-annex-values = Приложение 2: значения показателей и их источники
brief-values-intro = Все значения, показанные в этой записке, с публикацией, из которой они взяты. Значения, опубликованные после { $date } (дата отсечения информации), не могли быть известны на момент обзора: они помечены «после даты отсечения» и исключены из оценок.
brief-values-intro-none = Все значения, показанные в этой записке, с публикацией, из которой они взяты. Дата отсечения информации не применяется.
brief-year = Год
brief-value = Значение
brief-flag = Как получено
brief-published = Опубликовано
brief-published-unknown = дата не указана
brief-published-hindsight = { $published }, после даты отсечения ({ $date })
source-primary = первичный источник
source-secondary = вторичный источник
source-kind-unknown = вид источника не указан
validate-source-no-kind = источник «{ $id }» не указывает, является ли он самой публикацией или её копией; добавьте kind: Some(Primary) или kind: Some(Secondary)
validate-source-no-date = источник «{ $id }» не указывает дату публикации; добавьте published: Some("2013"), месяц ("2013-06") или день ("2013-06-26"), чтобы значения, опубликованные после даты отсечения, можно было пометить
validate-source-no-copy = источник «{ $id }» вторичный, но не указывает, какая копия использована; добавьте copy: {"{"}"ru": "копия на …"{"}"}
validate-source-not-theirs = идентификатор источника «{ $id }» начинается с названия { $organisation }, но издатель — «{ $publisher }»; идентификатор, называющий организацию, должен обозначать её публикацию: переименуйте идентификатор или исправьте издателя
validate-hindsight = значение за { $year } показателя «{ $indicator }» взято из «{ $source }», опубликованного { $published }, после даты отсечения информации { $date }: это знание задним числом (графики его помечают, оценки исключают)
validate-no-addressee = обязательство «{ $id }» не указывает адресата; добавьте addressee: Some(MemberStates), Some(GeneralAssembly), Some(Commission), Some(Unodc) или Some(Incb)
book-not-published = «{ $value }» — не дата публикации: напишите год (2013), месяц (2013-06) или день (2013-06-26)
brief-addressee = Адресат
brief-by-addressee = Обязательства по адресатам
brief-by-addressee-intro = Кто может действовать по обязательствам. Рекомендации Генеральной Ассамблее — решения, по которым ни одна делегация не может добиться прогресса в одиночку; их статус отражает то, что делегация сделала в их поддержку.
brief-col-assessed = Оценено
brief-progress = Засчитано как прогресс
export-as-of-tip = Значения, опубликованные после этого дня, помечаются как знание задним числом и исключаются из оценок. Измените его через «Информация на» в представлении «Диаграммы».
chart-as-of-day-field = День

# Issue 16, part: many reviews of one dataset.
aggregate-duplicate = делегация «{ $delegation }» уже прочитана из другого файла; этот обзор не учитывается
aggregate-no-reviews = нечего сводить: укажите файлы обзоров (*.review.ron) или папки с ними
aggregate-written = Записано: { $path } ({ $rows } строк из { $reviews } обзоров набора данных { $dataset } { $version }; не учтено файлов: { $left })
cli-bad-cutoff = «{ $value }» — не дата отсечения: напишите день (2016-04-19), «dataset» или «none»

# Issue 16: the aggregate briefing and its chart.
aggregate-sort-dataset = Порядок набора данных
aggregate-sort-assessed = Чаще всего оценённые
aggregate-sort-progress = Наибольший прогресс
aggregate-sort-disagreement = Наибольшие расхождения
chart-title-aggregate = Статус по делегациям — { $order } (первые { $count } обязательств)
chart-aggregate-subtitle = Обзоры { $delegations } делегаций по набору «{ $dataset }»
aggregate-title = Позиции делегаций: { $dataset }
aggregate-subtitle = Обзоров набора данных { $dataset } { $version }: { $reviews }; не учтено файлов: { $left }. Личные тезисы никогда не читаются в сводку.
aggregate-part-commitments = Каждое обязательство по делегациям
aggregate-part-commitments-note = В каждом направлении сначала чаще всего оценённые. Прогресс — число делегаций, выбравших статус, считающийся прогрессом (доля от оценивших). Расхождение — от 0 (все оценившие делегации выбрали один статус) до 100 (равномерно по всем статусам).
aggregate-col-commitment = Обязательство
aggregate-col-assessed = Оценено
aggregate-col-progress = Прогресс
aggregate-col-disagreement = Расхождение
aggregate-col-statuses = Статусы
aggregate-col-evidence = Уровни доказательств
aggregate-col-delegation = Делегация
aggregate-empty = Нечего показать.
aggregate-no-section = (без раздела)
aggregate-part-heat-map = Делегации × разделы: { $pillar }
aggregate-part-heat-map-note = В каждой ячейке: доля обязательств раздела, оценённых делегацией · доля, отмеченная как прогресс.
aggregate-and-more = { " " }и ещё { $count }
aggregate-part-not-assessed = Кто что не оценил
aggregate-col-not-assessed = Не оценено
aggregate-col-commitments = Обязательства
aggregate-all-assessed = Каждая делегация оценила каждое обязательство.
aggregate-part-narratives = Описания рядом: { $pillar }
aggregate-no-narratives = Ни одна делегация не написала описание по этому направлению.
aggregate-part-left-out = Неучтённые файлы
aggregate-col-file = Файл
aggregate-col-line = Строка
aggregate-col-problem = Проблема
aggregate-unknown-format = по имени файла нельзя определить формат: используйте .pdf, .docx, .html или .md для сводной справки, .csv или .xlsx для длинной таблицы, или укажите --format
aggregate-briefing-written = Записано: { $path } (сводка { $reviews } обзоров набора данных { $dataset } { $version }; не учтено файлов: { $left })
cmd-open-reviews = Открыть несколько обзоров…
cmd-open-reviews-tip = Обзоры нескольких делегаций по одному набору данных рядом: статусы, тепловые карты, пробелы и описания
cmd-open-review-folder = Открыть папку обзоров…
cmd-open-review-folder-tip = Все обзоры (*.review.ron) из папки рядом
dialog-aggregate-files = Открыть несколько обзоров
dialog-aggregate-folder = Открыть папку обзоров
dialog-export-aggregate = Экспорт сводки
filter-aggregate = Сводная справка или длинная таблица (PDF, Word, HTML, Excel, CSV)
aggregate-window-title = Несколько обзоров: { $dataset }
aggregate-window-read = Прочитано файлов обзоров: { $reviews } из { $files } (набор данных { $dataset } { $version }); не учтено: { $left }. Личные тезисы не читаются.
aggregate-tab-commitments = Обязательства
aggregate-tab-heat-map = Тепловая карта
aggregate-tab-not-assessed = Не оценено
aggregate-tab-narratives = Описания
aggregate-tab-left-out = Не учтено
aggregate-export-as = Экспорт в
aggregate-export-pdf = Справка (PDF)
aggregate-export-docx = Справка (Word)
aggregate-export-html = Справка (HTML)
aggregate-export-xlsx = Длинная таблица (Excel)
aggregate-export-csv = Длинная таблица (CSV)
aggregate-export = Экспорт…
aggregate-order = Порядок
aggregate-measure-assessed = Доля оценённых
aggregate-measure-progress = Доля с прогрессом
aggregate-heat-tip = { $delegation }, { $section }: оценено { $assessed } из { $commitments }, прогресс — { $progress }
aggregate-none-left-out = Все файлы прочитаны.
aggregate-left-out-warning = Не учтено в сводке файлов: { $left } из { $files }; причины — на вкладке «Не учтено».
aggregate-gaps = Не оценено обязательств: { $count } из { $total }

# Issue 17: Help → About.
cmd-about = О программе poa-review…
cmd-about-tip = Версия, дата сборки этой копии, её лицензия и все сторонние лицензии
about-title = О программе poa-review
about-built = Собрано { $date }
about-development-build = Версия для разработки (не из пакета)
about-licence = Лицензия: { $licence }
about-font = Встроенный китайский шрифт (Noto Sans SC): SIL Open Font License 1.1
about-third-party = Лицензии скомпилированных в программу пакетов (crates)
about-third-party-missing = Список лицензий скомпилированных пакетов создаётся при сборке пакета и устанавливается вместе с ним (share/doc/poa-review/THIRD-PARTY-LICENSES.md); эта копия установлена не из пакета.
