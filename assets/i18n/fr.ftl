# poa-review interface strings: French (français), every key of en.ftl.

path-prompt-label = Chemin du fichier
button-save = Enregistrer
button-export = Exporter
button-import = Importer
button-open = Ouvrir
button-cancel = Annuler
recovery-title = Récupérer les modifications non enregistrées ?
recovery-text = Une copie enregistrée automatiquement ({ $when }) est plus récente que l'examen enregistré.
recovery-recover = Récupérer
recovery-discard = Supprimer la copie automatique
guard-title = Enregistrer les modifications ?
guard-text = { $name } contient des modifications non enregistrées.
guard-discard = Abandonner les modifications
shortcuts-note = Les touches simples (flèches, j, k, 1–6) fonctionnent lorsque le curseur n'est dans aucun champ de texte.
dialog-open = Ouvrir un examen ou un jeu de données
dialog-new-from-dataset = Nouvel examen à partir d'un fichier de jeu de données
dialog-save-as = Enregistrer l'examen sous
dialog-export-chart = Exporter le graphique au format PNG ou SVG
filter-reviews-datasets = Examens et jeux de données
filter-all-files = Tous les fichiers
filter-datasets = Jeux de données
filter-reviews = Examens
filter-png = Image PNG
filter-svg = Dessin SVG
recovery-unreadable = Une copie enregistrée automatiquement n'a pas pu être lue et a été laissée en l'état :
no-native-dialog = Aucune boîte de dialogue de fichiers du système n'est disponible ici ; saisissez plutôt le chemin du fichier.
chart-written = Graphique enregistré dans { $path } ({ $size })
edit-failed = La modification n'a pas pu être effectuée :
undo-failed = Impossible d'annuler ou de rétablir :
read-only = lecture seule
untitled-review = Examen sans titre
status-no-review = Aucun examen ouvert
status-built-in = exemple intégré
status-dataset = Jeu de données : { $title } { $version } ({ $origin })
status-assessed = Évalués : { $n } / { $total }
status-read-only = Lecture seule
status-saving = Enregistrement…
status-unsaved = Modifications non enregistrées
status-saved = Enregistré
status-not-saved = Pas encore enregistré
busy-open = Ouverture…
busy-dialog = En attente de la boîte de dialogue de fichiers…
busy-export = Exportation du graphique…
busy-other = Traitement en cours…
message-error = Erreur
message-warning = Avertissement
message-dismiss = Fermer
message-dismiss-tip = Retirer ce message
banner-read-only = Cet examen est ouvert ailleurs ({ $holder }). Vous pouvez le consulter et en enregistrer une copie.
banner-read-only-lock-failed = Cet examen n'a pas pu être verrouillé pour modification ({ $reason }). Vous pouvez le consulter et en enregistrer une copie.
banner-save-copy = Enregistrer une copie sous…
banner-changed = Modifié sur le disque
banner-changed-text = Un autre programme a modifié ce fichier depuis que vous l'avez ouvert.
banner-reload = Recharger depuis le disque
banner-reload-tip = Vos modifications non enregistrées ici seront perdues
banner-keep = Conserver cette version
welcome-text = Examen des progrès accomplis dans la mise en œuvre de la Déclaration politique et du Plan d'action de 2009
welcome-recent = Récents
detail-nothing-selected = Sélectionnez un engagement pour le consulter et l'évaluer, ou un pilier pour en rédiger l'exposé.
tab-commitments = Engagements
tab-charts = Graphiques
tree-heading = Piliers
tree-all = Tous les engagements ({ $n })
tree-outside = Hors piliers
tree-no-commitments = Aucun engagement
narrative-unknown-group = Ce groupe ne figure pas dans le jeu de données.
narrative-intro = L'exposé de la délégation pour ce pilier, sur le modèle de la déclaration ministérielle conjointe.
narrative-achievements = Réalisations
narrative-challenges = Difficultés
narrative-priorities = Priorités pour l'action future
filter-all = { $name } : tous
filter-some = { $name } : { $n }
search-label = Rechercher
search-hint = Anglais, 中文 ou une référence, p. ex. 89 (g)
search-count = { $n } sur { $total }
filter-status = État
filter-evidence = Preuves
filter-tag = Étiquette
filter-tag-any-short = toutes
filter-tag-any = Toutes les étiquettes
filter-since = Modifié depuis le
filter-date-format = date au format AAAA-MM-JJ
filter-no-evidence = Évalué, sans preuve
filter-no-evidence-tip = Engagements ayant un état mais ni élément de preuve ni niveau de preuve
filter-clear = Effacer les filtres
list-empty = Aucun engagement ne correspond à la recherche et aux filtres.
column-reference = Référence
column-commitment = Engagement
column-status = État
column-evidence = Preuves
column-changed = Dernière modification
field-status = État
field-evidence-level = Niveau de preuve
field-evidence = Preuves
field-notes = Notes
field-talking-points = Éléments de langage
detail-unknown = Cet engagement ne figure pas dans le jeu de données.
detail-language = Langue
detail-side-by-side = Côte à côte
detail-with = avec
detail-fallback = Texte non disponible en { $language } ; affiché en anglais
detail-no-text = Aucun texte
detail-tags = Étiquettes
detail-target = Objectif 2019 ({ $letter }) : { $title }
detail-indicator = Indicateur : { $name }
detail-key = Touche { $n }
detail-last-changed = Dernière modification : { $when }, par { $who }
detail-evidence-count = Preuves ({ $n })
detail-add-evidence = Ajouter un élément de preuve…
detail-open-link = Ouvrir le lien
detail-edit = Modifier
detail-edit-tip = Modifier l'élément de preuve { $n }
detail-remove = Supprimer
detail-remove-tip = Supprimer l'élément de preuve { $n }
evidence-edit-title = Modifier l'élément de preuve
evidence-new-title = Nouvel élément de preuve
evidence-symbol = Cote du document
evidence-paragraph = Paragraphe
evidence-location = URL ou fichier
evidence-location-hint = https://… ou chemin d'un fichier
evidence-note = Note
evidence-note-hint = Ce qu'il démontre
evidence-save = Enregistrer l'élément
evidence-add = Ajouter
detail-notes = Notes (partageables)
detail-talking-points = Éléments de langage (privés)
detail-private-note = Privé : jamais exporté, sauf si vous demandez une copie interne
detail-history = Historique ({ $n })
detail-no-history = Aucune modification pour l'instant
detail-now = Actuellement
detail-empty-value = (vide)
chart-trends = Évolution des indicateurs
chart-status = État par pilier
chart-progress = Progrès au fil du temps
chart-targets = Les objectifs de 2019 : vue d'ensemble
chart-chart = Graphique
chart-indicators = Indicateurs ({ $n })
chart-language = Langue du graphique
chart-export-size = Taille à l'exportation
chart-size-screen = Comme à l'écran
chart-export = Exporter le graphique…
chart-export-tip = Enregistrer le graphique au format PNG ou SVG
chart-copy = Copier l'image
chart-copy-tip = Copier le graphique tel qu'il est affiché dans le presse-papiers
flag-reported = communiquée
flag-estimated = estimée
flag-derived = calculée
flag-revised = révisée
chart-hover = { $place }, { $year } : { $value } { $unit } ({ $flag })
    Source : { $source }
menu-file = Fichier
menu-open-recent = Fichiers récents
menu-no-recent = Aucun fichier récent
menu-edit = Édition
menu-view = Affichage
menu-help = Aide
menu-language = Langue
menu-theme = Thème
theme-system = Suivre le système
theme-light = Clair
theme-dark = Sombre
menu-native-dialogs = Utiliser les boîtes de dialogue du système
menu-native-dialogs-tip = Désactivé : saisir les chemins de fichier dans l'application
menu-renderer = Moteur de rendu (au prochain démarrage)
renderer-wgpu = wgpu (par défaut)
renderer-wgpu-tip = Vulkan, Metal, DirectX 12 ou OpenGL 3.3
renderer-glow = OpenGL (compatibilité)
renderer-glow-tip = Pour les puces graphiques anciennes, ou si l'affichage est lent
cmd-new-sample = Nouvel examen de l'exemple intégré
cmd-new-sample-tip = Commencer un nouvel examen, vide, du jeu de données d'exemple intégré
cmd-new-review = Nouvel examen à partir d'un jeu de données…
cmd-new-review-tip = Commencer un nouvel examen, vide, d'un fichier de jeu de données (.dataset.ron)
cmd-open = Ouvrir…
cmd-open-tip = Ouvrir un examen (.review.ron) ou un jeu de données (.dataset.ron)
cmd-save = Enregistrer
cmd-save-tip = Enregistrer l'examen
cmd-save-as = Enregistrer sous…
cmd-save-as-tip = Enregistrer l'examen sous un autre nom
cmd-close = Fermer
cmd-close-tip = Fermer l'examen
cmd-quit = Quitter
cmd-quit-tip = Quitter poa-review
cmd-undo = Annuler
cmd-undo-tip = Annuler la dernière modification
cmd-redo = Rétablir
cmd-redo-tip = Rétablir la dernière modification annulée
cmd-find = Rechercher
cmd-find-tip = Rechercher des engagements en anglais et en chinois, et par référence
cmd-next-row = Engagement suivant
cmd-next-row-tip = Sélectionner l'engagement suivant dans la liste
cmd-previous-row = Engagement précédent
cmd-previous-row-tip = Sélectionner l'engagement précédent dans la liste
cmd-set-status = Définir l'état { $n }
cmd-set-status-tip = Définir l'état de l'engagement sélectionné
cmd-zoom-in = Zoom avant
cmd-zoom-in-tip = Tout agrandir
cmd-zoom-out = Zoom arrière
cmd-zoom-out-tip = Tout réduire
cmd-zoom-reset = Taille normale
cmd-zoom-reset-tip = Revenir à la taille normale
cmd-shortcuts = Raccourcis clavier
cmd-shortcuts-tip = Afficher la liste des raccourcis clavier
lang-ar = Arabe
brief-title = Examen de la Déclaration politique et du Plan d'action de 2009 : note d'information
brief-delegation = Délégation
brief-dataset = Jeu de données
brief-date = Date
brief-assessed = Engagements évalués
brief-assessed-value = { $n } sur { $total }
brief-copy = Exemplaire
brief-internal = Interne : contient des éléments de langage confidentiels
brief-shareable = Partageable
brief-internal-mark = Interne
brief-overview = Vue d'ensemble
brief-pillars = Piliers du Plan d'action
brief-outside = Hors piliers
brief-counts = Engagements par état
brief-achievements = Réalisations
brief-challenges = Difficultés
brief-priorities = Priorités pour l'action future
brief-narrative-empty = (aucun exposé rédigé)
brief-supporting = Engagements correspondants
brief-supporting-more = { $n ->
    [one] et { $n } autre, repris dans le tableau ci-dessous
   *[other] et { $n } autres, tous repris dans le tableau ci-dessous
    }
brief-none = aucun
brief-commitments = Engagements
brief-assessed-table = Engagements évalués
brief-unassessed = Engagements non encore évalués (figurant uniquement à l'annexe 1) : { $n }
brief-reference = Référence
brief-summary = Résumé
brief-status = État
brief-evidence-level = Niveau de preuve
brief-evidence = Preuves
brief-notes = Notes
brief-talking-points = Éléments de langage (usage interne)
brief-trends = Évolution des indicateurs
brief-targets = Les objectifs de 2019
brief-targets-intro = Évolution de chaque indicateur associé entre sa valeur de référence de 2009 et sa dernière valeur (méthode : docs/indicators.md).
brief-indicator = Indicateur
brief-change = Évolution
brief-rating = Appréciation
brief-no-indicator = Aucun indicateur dans ce jeu de données.
brief-annex-matrix = Annexe 1 : la matrice, tous les engagements par pilier
brief-annex-intro = Tous les engagements, par pilier et par groupe, avec leur état et leur niveau de preuve. Les textes, les preuves et les notes figurent dans les sections qui précèdent ; les exportations Excel et CSV contiennent la matrice avec tous les champs.
brief-annex-sources = Annexe 3 : sources
brief-group = Pilier ou groupe
brief-source = Source
brief-title-col = Titre
brief-url = Adresse
brief-page = Page
cmd-export = Exporter la note d'information…
cmd-export-tip = Enregistrer la note d'information au format PDF, Word, HTML ou Markdown, ou la matrice au format Excel ou CSV
export-title = Exporter la note d'information
export-format = Format
export-profile = Exemplaire
export-shareable = Partageable : les éléments de langage confidentiels sont omis
export-internal = Interne : comprend les éléments de langage, avec une mention sur chaque page
export-language = Langue
export-pillars = Piliers et groupes
export-internal-warning = Cet exemplaire contiendra des éléments de langage confidentiels.
export-go = Exporter…
export-done = Enregistré : { $path }
export-chart-failed = Le graphique « { $chart } » n'a pas pu être tracé et est absent de l'exportation : { $reason }
export-open-file = Ouvrir le fichier
export-open-folder = Ouvrir le dossier
dialog-export-briefing = Exporter la note d'information sous
filter-briefing = Note d'information

# Issue 14, items 15–18 (exports in real programs): references in the briefing's language.
ref-paragraph = { $symbol }, par. { $paragraph }
ref-paragraph-letter = { $symbol }, par. { $paragraph } ({ $letter })
ref-paragraph-only = par. { $paragraph }

# Issue 14, items 13, 14 and 19 (where an export writes, and the dataset it was made with).
output-no-folder = Le dossier { $folder } n'existe pas ; créez-le ou choisissez un autre dossier.
output-not-a-folder = { $folder } est un fichier et non un dossier ; choisissez le dossier dans lequel écrire.
output-is-folder = { $path } est un dossier et non un fichier ; choisissez-y un nom de fichier.
output-is-input = { $path } est le fichier { $input }, que l'exportation lit ; choisissez un autre nom de fichier afin de ne pas l'écraser.
output-wrong-extension = { $path } se termine par .{ $ext }, qui ne correspond pas au format choisi ; nommez-le .{ $expected } ou choisissez le format qu'indique son nom.
export-other-version = Cet examen a été établi sur la version { $review } du jeu de données « { $id } », alors que le jeu de données ouvert est la version { $dataset }. La note d'information l'indiquera sous son titre ; vérifiez d'abord les évaluations des engagements modifiés.
export-other-version-refused = cet examen a été établi sur la version { $review } du jeu de données « { $id } », mais le jeu de données trouvé ({ $origin }) est la version { $dataset } ; placez la version { $review } à côté de l'examen ou indiquez-la avec --dataset FICHIER, ou ajoutez --any-dataset-version pour exporter malgré tout avec la version { $dataset } (la note d'information l'indique alors sous son titre)
brief-dataset-other-version = { $dataset } — l'examen a été établi sur la version { $review }, et non sur celle-ci

# Issue 14, items 1, 4 and 7 (charts on any dataset, opening an export, the shortcuts list).
chart-error-no-indicator = Choisissez au moins un indicateur.
chart-error-no-data = Aucun indicateur de ce jeu de données n'a de valeurs à représenter.
chart-error-unknown = L'indicateur « { $id } » ne figure pas dans ce jeu de données ; choisissez des indicateurs dans la liste.
chart-error-units = « { $first } » est exprimé en { $first_unit } et « { $other } » en { $other_unit } ; représentez ensemble des indicateurs de même unité.
chart-error-no-values = Les indicateurs choisis n'ont aucune valeur.
chart-error-other = Le graphique n'a pas pu être tracé : { $reason }
chart-indicators-last = Un graphique nécessite au moins un indicateur ; choisissez-en un autre avant de retirer celui-ci.
open-with-not-found = { $path } n'a pas pu être ouvert : le programme { $program } est introuvable. Ouvrez-le depuis votre gestionnaire de fichiers.
open-with-failed = { $path } n'a pas pu être ouvert : { $program } s'est terminé avec le code de sortie { $code } (aucun programme n'est peut-être installé pour ce type de fichier). Ouvrez-le depuis votre gestionnaire de fichiers.
open-with-stopped = { $path } n'a pas pu être ouvert : { $program } a été arrêté avant la fin.
open-with-not-started = { $path } n'a pas pu être ouvert : { $program } n'a pas pu être lancé ({ $reason }).
shortcut-set-status = Définir l'état : { $status }

# Issue 14, items 2, 3, 5, 8, 10 and 11 (search by tag labels, the list's layout, loading).
column-resize = Faire glisser pour modifier la largeur de la colonne « { $column } »
loading-title = Ouverture de { $name }
loading-reading = Lecture du fichier : { $read }
loading-reading-of = Lecture du fichier : { $read } sur { $total }
loading-parsing = Lecture des engagements et de l'examen…
loading-dataset = Recherche du jeu de données de l'examen…
loading-dataset-of = Lecture du jeu de données de l'examen : { $read } sur { $total }
loading-checking = Vérification du document…

# Issue 15, part I: charts, analysis and summaries speak through Fluent too.
chart-title-status = État des engagements par pilier
chart-title-progress = Nombre d'engagements par état au fil du temps
chart-title-targets = Les objectifs de 2019 : vue d'ensemble
chart-title-trends = Évolution des indicateurs
chart-no-history = Aucun état n'a encore été défini : l'historique est vide.
chart-axis-commitments = Engagements
chart-assessed = évalués
chart-no-review = Aucun examen : aucun engagement n'est évalué
chart-targets-method = Évolution entre la valeur de référence de 2009 (ou l’année suivante la plus proche, jusqu’en 2011) et la dernière valeur ; une variation d’au moins 10 % dans le sens favorable ou défavorable correspond à un progrès ou à une régression ; les indicateurs ambigus ne sont pas évalués
chart-no-indicator = Aucun indicateur dans ce jeu de données
chart-source = Source :
chart-baseline = (référence)
chart-target = (objectif)
chart-estimated = valeur estimée ou calculée
rating-progress = Progrès
rating-stagnation = Stagnation
rating-regression = Régression
rating-no-data = Aucune donnée
summary-total = Total

# A text shown as it is (a parser's own words, a file name): the same in every language.
plain-text = { $text }

# Issue 15, part I: problems in files, as the command line and the window show them.
level-error = erreur
level-warning = avertissement

# Issue 15, part I: what validation finds in a dataset or review.
term-unit = unité
term-tag = étiquette
term-indicator = indicateur
term-target-area = domaine d'objectif
term-source = source
term-group = groupe
term-commitment = engagement
term-section = section
term-status-level = niveau d'état
term-evidence-level = niveau de preuve
validate-dataset-id-empty = l'identifiant du jeu de données est vide ; donnez au jeu de données un identifiant stable, par exemple « poa2009-review »
validate-dataset-version-empty = la version du jeu de données est vide ; indiquez une version, par exemple « 1.0.0 »
validate-no-pillar = aucun groupe n'est un pilier ; un jeu de données doit comporter les piliers du Plan d'action (kind: Pillar)
validate-section-twice = l'identifiant de section « { $id } » est utilisé deux fois (également dans le groupe « { $group } ») ; les identifiants de section doivent être uniques dans le jeu de données
validate-no-commitments = le jeu de données ne contient aucun engagement
validate-section-unknown = la section « { $section } » n'existe pas ; utilisez l'une des sections du groupe « { $group } »
validate-section-other-group = la section « { $section } » appartient au groupe « { $owner } », et non à « { $group } » ; corrigez le groupe ou la section
validate-no-section = l'engagement « { $commitment } » n'a pas de section, alors que le groupe « { $group } » en comporte ; ajoutez `section: Some("…")`
validate-target-not-finite = la valeur cible n'est pas un nombre fini
validate-no-observations = l'indicateur « { $indicator } » n'a aucune observation
validate-year-twice = l'année { $year } figure deux fois dans la série de « { $indicator } » ; ne conservez qu'une valeur par année
validate-year-order = la série de « { $indicator } » n'est pas dans l'ordre chronologique ({ $year } après { $last }) ; triez-la par année
validate-value-not-finite = la valeur n'est pas un nombre fini
validate-mixed-units = la série de « { $indicator } » mélange des unités : cette valeur est exprimée en « { $unit } », alors que l'indicateur l'est en « { $indicator_unit } » ; convertissez la valeur ou créez un indicateur distinct
validate-status-scale-short = l'échelle des états doit comporter au moins deux niveaux : d'abord « non évalué », puis les appréciations
validate-not-colour = « { $colour } » n'est pas une couleur ; écrivez-la sous la forme « #rrggbb », par exemple « #2e7d32 »
validate-evidence-scale-empty = l'échelle des preuves est vide ; elle doit comporter au moins « aucune preuve »
validate-delegation-empty = le nom de la délégation est vide
validate-history-order = cette entrée de l'historique est antérieure à la précédente ; l'historique doit suivre l'ordre chronologique
validate-other-dataset = cet examen porte sur le jeu de données « { $review_dataset } », mais le jeu de données fourni est « { $dataset } » ; ouvrez l'examen avec son propre jeu de données
validate-other-version = cet examen a été établi sur la version { $review_version } du jeu de données, qui en est désormais à la version { $version } ; vérifiez les évaluations des engagements modifiés
validate-content-changed = le contenu du jeu de données a changé depuis l'établissement de cet examen, bien que sa version ({ $version }) soit restée la même ; vérifiez les évaluations
validate-unknown-assessed = l'examen évalue l'engagement « { $id } », qui ne figure pas dans le jeu de données ; supprimez l'évaluation ou utilisez le jeu de données sur lequel l'examen a été établi
validate-unknown-status = l'état « { $status } » ne figure pas dans l'échelle des états du jeu de données ({ $levels })
validate-unknown-evidence = le niveau de preuve « { $level } » ne figure pas dans l'échelle des preuves du jeu de données ({ $levels })
validate-unknown-narrative = l'examen contient un exposé pour le groupe « { $id } », qui ne figure pas dans le jeu de données
validate-unknown-history = entrée de l'historique portant sur « { $id } » ({ $what }), qui ne figure pas dans le jeu de données (conservée, car l'historique n'est jamais réécrit)
validate-id-empty = { $what } : l'identifiant est vide
validate-id-spaces = { $what } « { $id } » : l'identifiant commence ou se termine par des espaces
validate-id-character = { $what } « { $id } » : l'identifiant contient le caractère { $character } ; un identifiant ne peut contenir que des lettres ASCII, des chiffres, `-`, `_` et `.`
validate-id-character-symbol = { $what } « { $id } » : l'identifiant contient le caractère { $character } ; un identifiant ne peut contenir que des lettres ASCII, des chiffres, `-`, `_`, `/` et `.`
validate-id-start = { $what } « { $id } » : l'identifiant doit commencer par une lettre ou un chiffre
validate-id-dots = { $what } « { $id } » : l'identifiant ne doit contenir ni `..` ni `.` après `/`
validate-id-long = { $what } « { $id } » : l'identifiant compte { $n } caractères ; un identifiant ne peut pas dépasser { $max } caractères
validate-id-twice = { $what } « { $id } » : l'identifiant est utilisé deux fois ; chaque { $what } doit avoir son propre identifiant
validate-dangling = { $what } « { $id } » : introuvable ; ajoutez l'élément à `{ $list }` ou corrigez la référence
validate-year-range = l'année { $year } est hors de la plage admise ({ $first }–{ $last }) ; s'agit-il d'une faute de frappe ?
validate-unknown-language = code de langue inconnu « { $code } » ; utilisez l'un des codes suivants : { $codes }
validate-english-missing = le texte anglais (« en ») est manquant ; chaque texte doit exister en anglais, version affichée lorsqu'une langue manque
validate-text-missing = le texte « { $code } » est manquant ; le texte anglais sera affiché, accompagné d'une marque

# Issue 15, part I: the command line (in the system's language, or POA_REVIEW_LANG's).
cli-need-format = indiquez --format, ou un nom de fichier se terminant par .pdf, .docx, .html, .md, .xlsx ou .csv
cli-dataset-not-found = le jeu de données « { $id } » est introuvable, ni à côté de l'examen ni parmi les jeux intégrés
cli-dataset-not-found-pass = le jeu de données « { $id } » est introuvable, ni à côté de l'examen ni parmi les jeux intégrés ; indiquez --dataset FICHIER
cli-dataset-not-found-unchecked = le jeu de données « { $id } » est introuvable, ni à côté de l'examen ni parmi les jeux intégrés : les références de l'examen n'ont donc pas été vérifiées ; indiquez --dataset FICHIER
cli-given-dataset-unloadable = le jeu de données indiqué avec --dataset n'a pas pu être chargé : les références de l'examen n'ont donc pas été vérifiées
cli-no-group = aucun pilier ni groupe « { $id } » ; le jeu de données comporte : { $known }
cli-written = { $path } ({ $kib } Kio)
cli-no-folder = impossible de créer le dossier : { $reason }
cli-generated-dataset = { $path } : { $commitments ->
        [one] { $commitments } engagement
       *[other] { $commitments } engagements
    }, { $indicators ->
        [one] { $indicators } indicateur
       *[other] { $indicators } indicateurs
    }, { $points ->
        [one] { $points } point
       *[other] { $points } points
    }
cli-generated-review = { $path } : { $assessments ->
        [one] { $assessments } évaluation
       *[other] { $assessments } évaluations
    }
cli-bad-scale = --scale doit être compris entre 0.25 et 8, et non { $scale }
cli-chart-written = { $path } : { $title } ({ $width } × { $height })
cli-ok = { $path } : valide ({ $note })
cli-note-dataset = jeu de données { $id } { $version }, { $commitments ->
        [one] { $commitments } engagement
       *[other] { $commitments } engagements
    }, { $indicators ->
        [one] { $indicators } indicateur
       *[other] { $indicators } indicateurs
    }
cli-note-review = examen établi par { $delegation }, { $assessed ->
        [one] { $assessed } engagement évalué
       *[other] { $assessed } engagements évalués
    } sur { $total }, vérifié avec { $origin }
cli-summary-dataset = Jeu de données { $title } ({ $version })
cli-summary-review = Examen { $delegation } — évalués : { $assessed }/{ $total }

# Issue 15, part I: why a file could not be read (its position is given beside it).
term-dataset = jeu de données
term-review = examen
load-folder = il s'agit d'un dossier et non d'un fichier
load-too-large = le fichier est trop volumineux pour être ouvert ({ $size } Mio ; la limite est de { $cap } Mio) ; s'agit-il vraiment d'un document poa-review ?
load-not-utf8 = le fichier n'est pas un texte UTF-8 valide ; enregistrez-le en UTF-8 (s'agit-il d'un fichier binaire ou d'un fichier dans un autre encodage ?)
load-newer-version = ce { $kind } a le format_version { $version }, mais cette version de poa-review lit le format_version { $supported } ; ouvrez-le avec une version plus récente de poa-review
load-version-zero = format_version 0 n'est pas valide ; cette version lit le format_version { $supported }
load-empty = le fichier est vide ; un { $kind } commence par `(format_version: 1, …`
load-control-character = caractère de contrôle inattendu U+{ $code } ; le fichier est peut-être endommagé ou n'est pas un fichier texte
load-truncated = le fichier se termine trop tôt ; il a peut-être été coupé (tronqué)
load-too-deep = les valeurs sont trop profondément imbriquées (plus de 128 niveaux) ; il ne s'agit pas d'un { $kind } poa-review
load-trailing = texte inattendu après la fin du document ; supprimez-le ou vérifiez les parenthèses et crochets
load-expected-integer = un nombre entier est attendu ici
load-expected-float = un nombre est attendu ici, écrit sous la forme 123000.0
load-unclosed-quote = un texte entre guillemets droits n'est jamais fermé ; le fichier a peut-être été coupé (tronqué)
load-expected-string = un texte entre guillemets droits est attendu ici
load-expected-comma = une virgule est attendue ici ; manque-t-il un guillemet, une parenthèse, un crochet ou une virgule avant ?
load-expected-field = un nom de champ est attendu ici
load-expected-struct = `(` est attendu ici pour ouvrir un groupe de champs
load-expected-list = `[` est attendu ici pour ouvrir une liste
load-expected-map = `{"{"}` est attendu ici pour ouvrir une table de correspondance
load-missing-field-in = il manque à `{ $outer }` son champ `{ $field }` ; ajoutez `{ $field }: …`
load-missing-field = le champ `{ $field }` est manquant ; ajoutez `{ $field }: …`
load-unknown-field-in = champ inconnu `{ $found }` dans `{ $outer }` ; les champs possibles sont { $fields }
load-unknown-field = champ inconnu `{ $found }` ; les champs possibles sont { $fields }
load-unknown-variant = `{ $found }` n'est pas une valeur valide de type { $what } ; utilisez l'une des valeurs suivantes : { $variants }
load-unclosed-comment = un commentaire `/*` n'est jamais fermé par `*/`
load-bad-date = date ou heure non valide ; écrivez les dates sous la forme "2014-03-13" et les heures sous la forme "2014-03-13T09:30:00Z" ({ $reason })

## Saving, settings, chart errors on the command line (the system's own reason stays as it is)
save-failed-step = impossible d'enregistrer ({ $step }) : { $reason }
save-step-temporary = création d'un fichier temporaire
save-step-writing = écriture
save-step-flushing = écriture sur le disque
save-step-backup = conservation de la version précédente en .bak
save-step-replacing = remplacement du fichier
save-step-folder = écriture du dossier sur le disque
save-step-locking = verrouillage du fichier
save-not-a-file-name = impossible d'enregistrer : ce n'est pas un nom de fichier
save-path-is-folder = impossible d'enregistrer : { $path } est un dossier, pas un fichier ; choisissez un nom de fichier dans ce dossier
save-folder-missing = impossible d'enregistrer : le dossier { $folder } n'existe pas ; créez-le ou choisissez un autre dossier
save-folder-is-file = impossible d'enregistrer : { $folder } est un fichier, pas un dossier ; choisissez un dossier où écrire
save-unserialisable = impossible d'écrire le document : { $reason }
save-review-unserialisable = impossible d'écrire l'examen : { $reason }
save-no-folder = impossible d'enregistrer : le dossier { $folder } n'existe pas
save-held-elsewhere = impossible d'enregistrer : le fichier est ouvert ailleurs ({ $holder }) ; choisissez un autre nom
save-read-only = le fichier est { $why } ; utilisez « Enregistrer sous… » pour en enregistrer une copie
read-only-open-elsewhere = ouvert ailleurs ({ $holder })
read-only-lock-failed = impossible à verrouiller ({ $reason })
lock-held = { $document } : le fichier est ouvert ailleurs ({ $holder }) ; ouvrez-le en lecture seule, ou fermez-le d'abord là-bas
lock-failed = { $lock } : impossible de verrouiller le fichier : { $reason }
lock-replaced = le fichier de verrou est sans cesse remplacé par un autre programme
lock-holder = { $user } sur { $host }, processus { $pid }, depuis { $since }
lock-holder-unknown = détenteur inconnu
io-not-found = le fichier n'existe pas (a-t-il été déplacé ou renommé ?)
io-permission-denied = permission refusée : vous ne pouvez ni lire ni écrire ce fichier
io-disk-full = le disque est plein ; libérez de l'espace et réessayez
io-read-only-disk = le disque ou le dossier est en lecture seule
io-is-folder = c'est un dossier, pas un fichier
export-failed = impossible d'écrire la note d'information : { $reason }
export-chart-missing = le graphique « { $chart } » n'a pas pu être tracé et est absent de l'exportation : { $reason }
save-review-dataset-missing = le jeu de données de cet examen (« { $id } », version { $version }) est introuvable ; placez son fichier .dataset.ron dans le même dossier
settings-folder-failed = impossible de créer le dossier des paramètres : { $reason }
settings-unreadable = { $path } : impossible de lire les paramètres : { $reason }
settings-unparsable = { $place } : impossible de lire les paramètres, les valeurs par défaut sont utilisées : { $reason }
origin-built-in = { $name } intégré
cli-chart-none-chosen = choisissez au moins un indicateur
cli-chart-unknown = l'indicateur « { $id } » n'est pas dans le jeu de données ; celui-ci contient { $known }
cli-chart-unknown-more = l'indicateur « { $id } » n'est pas dans le jeu de données ; celui-ci contient { $list }, … ({ $count } au total)
cli-chart-unknown-none = l'indicateur « { $id } » n'est pas dans le jeu de données ; celui-ci ne contient aucun indicateur
cli-chart-mixed-units = « { $first } » est en { $first_unit } et « { $other } » en { $other_unit } ; réunissez dans un graphique des indicateurs de même unité
cli-chart-no-values = les indicateurs choisis n'ont aucune valeur
cli-chart-too-small = un graphique doit mesurer au moins 100 × 80 pixels, et non { $width } × { $height }
cli-chart-drawing-failed = le dessin a échoué : { $reason }

## Merging a colleague's review
field-merge = Fusion
merge-other-dataset = les deux examens portent sur des jeux de données différents, { $mine } et { $theirs } ; seuls des examens de la même version d’un jeu de données peuvent être fusionnés
merge-out-is-input = { $input } est l’un des examens à fusionner ; écrivez le résultat dans un autre fichier
merge-summary = { $theirs } fusionné : modifications reprises : { $taken }, conflits : { $conflicts }, nouvelles entrées d’historique : { $history }.
merge-conflict-line = conflit dans { $subject }, { $field } : le mien « { $mine } », le leur « { $theirs } »
merge-evidence-removed = (supprimé)
merge-conflicts-kept = Conflits restants : { $count }. Chacun garde notre valeur, et les conflits sont enregistrés dans l’examen : ouvrez-le dans poa-review pour les trancher.
merge-nothing = { $theirs } n’apporte rien de nouveau ; l’examen reste tel quel.
merge-dry-run = Essai : rien n’a été écrit.
merge-written = Écrit : { $path }
cmd-merge = Fusionner l’examen d’un collègue…
cmd-merge-tip = Combiner la copie d’un collègue avec la vôtre : les modifications faites d’un seul côté sont reprises, et là où vous avez tous deux modifié quelque chose, vous choisissez
cmd-settings = Paramètres…
cmd-settings-tip = Votre nom, la langue, le thème, le moteur de rendu et les boîtes de dialogue de fichiers
dialog-merge = Fusionner l’examen d’un collègue
merge-button = Fusionner
busy-merge = Fusion en cours…
merge-title = Fusionner l’examen d’un collègue
merge-screen-summary = De { $theirs } : modifications reprises : { $taken }, conflits : { $conflicts }, nouvelles entrées d’historique : { $history }. Choisissez pour chaque conflit, puis appliquez la fusion : c’est une seule étape, que l’on peut annuler.
merge-taken = Modifications reprises du collègue ({ $count })
merge-title-reply = Importer la réponse d’un ministère
merge-taken-reply = Modifications reprises de la réponse ({ $count })
merge-no-conflicts = Aucun conflit : chaque modification a été faite d’un seul côté.
merge-pillar = Pilier
merge-all-pillars = Tous les piliers
merge-empty = (vide)
merge-evidence-none = (aucune)
merge-base-unknown = (inconnu)
merge-side-base = Avant (version commune)
merge-side-mine = La mienne
merge-side-theirs = La leur
merge-keep-mine = Garder la mienne
merge-take-theirs = Prendre la leur
merge-keep-both = Garder les deux
merge-edit = Modifier
merge-edited-text = Le texte à garder
merge-apply = Appliquer la fusion
merge-applied = { $theirs } fusionné. Annuler (Ctrl+Z) la défait.
merge-pending-label = conflits laissés par une fusion précédente
banner-conflicts = Conflits à trancher :
banner-conflicts-text = Une fusion précédente a laissé { $count } conflits dans cet examen ; chacun garde votre valeur jusqu’à ce que vous choisissiez.
banner-conflicts-answer = Les trancher…
banner-copy = Copie synchronisée :
banner-copy-text = { $name } se trouve à côté de cet examen ; un dossier synchronisé l’a créé quand l’examen a été modifié à deux endroits.
banner-copy-merge = La fusionner…
banner-copy-ignore = Ignorer
settings-title = Paramètres
settings-first-use = Bienvenue. Votre nom accompagne chacune de vos modifications, pour que les collègues qui fusionnent leurs copies voient qui a fait quoi.
settings-name = Votre nom
settings-name-tip = Enregistré dans l’historique de l’examen, dans le verrou tant qu’un examen est ouvert, et dans les fusions.
settings-dialogs = Boîtes de dialogue de fichiers
settings-done = Terminé
changes-title = { $delegation } : ce qui a changé depuis le { $since }
changes-none = Rien n’a changé depuis le { $since }.
changes-empty = (vide)
cli-bad-date = « { $date } » n’est pas une date ; écrivez-la AAAA-MM-JJ (par exemple 2014-03-13)
report-col-subject = Référence
report-col-field = Champ
report-col-before = Avant
report-col-now = Maintenant
report-col-by = Par
report-col-when = Quand
compare-title = Comparaison de deux examens
compare-subtitle = { $left } et { $right } : seuls les engagements et exposés qui diffèrent.
compare-none = Les deux examens contiennent les mêmes valeurs.
cli-need-report-format = indiquez le format avec --format md, html, pdf, docx ou xlsx, ou donnez à --out un nom portant l’une de ces extensions
report-out-is-input = { $input } est lu par cette commande ; écrivez dans un autre fichier
cmd-compare = Comparer avec un autre examen…
cmd-compare-tip = Seuls les engagements et exposés où un autre examen de ce jeu de données diffère, champ par champ
cmd-changes-since = Ce qui a changé depuis…
cmd-changes-since-tip = Par pilier, chaque champ modifié depuis une date : avant et maintenant, par qui et quand
dialog-compare = Comparer avec un autre examen
dialog-export-report = Exporter le rapport sous
filter-report = Rapports (HTML, PDF, Word, Excel, Markdown)
report-since = Depuis (date)
report-show = Afficher
report-export-html = Exporter en HTML…
report-export-md = Exporter en Markdown…
report-needs-out = un rapport { $format } ne peut pas être affiché ; écrivez-le dans un fichier avec --out FICHIER
report-failed = impossible d’écrire le rapport : { $reason }
report-export-pdf = Exporter en PDF…
report-export-docx = Exporter en Word…
report-export-xlsx = Exporter en Excel…
filter-what-changed = Qu’est-ce qui a changé ?
filter-what-changed-tip = Par pilier, chaque champ modifié depuis cette date : avant et maintenant, par qui et quand

## Dossiers de consultation des ministères et leurs réponses
pack-nothing-in-scope = aucun engagement dans { $scope } ; indiquez des identifiants de piliers, de groupes ou de sections (voir le jeu de données)
pack-too-long = les notes ou les éléments de preuve de { $commitment } dépassent la capacité d’une cellule de tableur (32 767 caractères) ; raccourcissez-les avant d’envoyer le dossier
pack-failed = impossible d’écrire le dossier : { $reason }
pack-sheet-commitments = Engagements
pack-sheet-instructions = Instructions
pack-col-id = Identifiant
pack-col-reference = Référence
pack-col-commitment = Engagement
pack-col-status = État
pack-col-evidence-level = Niveau de preuve
pack-col-evidence = Éléments de preuve (un par ligne)
pack-col-notes = Notes
pack-title = Contribution demandée par { $delegation }
pack-for = Destinataire : { $recipient }
pack-sent = Envoyé le { $date }, à partir de l’examen du jeu de données { $dataset }.
pack-how-1 = La feuille « { $sheet } » présente les { $count } engagements que nous vous demandons d’examiner, un par ligne. La référence et le texte de chaque engagement sont verrouillés.
pack-how-2 = Pour chaque engagement, choisissez l’état et le niveau de preuve dans les listes déroulantes ; les valeurs actuelles sont déjà saisies.
pack-how-3 = Sous « Éléments de preuve », indiquez un élément par ligne : le document, le paragraphe ou le lien, et ce qu’il montre. Gardez les lignes existantes sauf si elles sont inexactes.
pack-how-4 = Sous « Notes », écrivez ce que la délégation doit savoir. Ne saisissez pas de formules.
pack-how-5 = Ne renommez pas les feuilles et ne modifiez pas la colonne des identifiants : elles permettent de relire votre réponse. Enregistrez le fichier au format Excel (.xlsx) et renvoyez-le.
pack-choose-from-list = Choisissez une valeur dans la liste.
sheet-cell-problem = { $cell } : { $problem }
reply-unreadable = ce fichier n’a pas pu être lu comme un tableur : { $reason }
reply-not-a-pack = ce classeur n’est pas un dossier de consultation de poa-review (il n’a pas de feuille « poa-review ») ; pour importer un autre tableur, utilisez Fichier → Importer un tableur…
reply-identity-broken = la feuille d’identification masquée du dossier a été modifiée et ne peut être lue ({ $what }) ; demandez une réponse dans le dossier tel qu’il a été envoyé
reply-other-dataset = ce dossier a été créé à partir d’un examen du jeu de données { $pack }, et cet examen porte sur { $review } ; importez-le dans un examen de { $pack }
reply-other-review = ce dossier a été envoyé depuis l’examen de « { $pack } », et non depuis cet examen (« { $review } »)
reply-no-sheet = la feuille « { $sheet } » du dossier manque ou a été renommée
reply-no-column = la colonne « { $heading } » manque dans la première ligne (renommée ou supprimée ?)
reply-formula = contient une formule ({ $formula }) ; saisissez la valeur elle-même
reply-date = contient une date ({ $date }) ; saisissez le texte lui-même
reply-error-value = contient une valeur d’erreur ({ $value })
reply-no-id = cette ligne contient des valeurs mais pas d’identifiant d’engagement
reply-not-in-pack = « { $id } » n’est pas un engagement de ce dossier
reply-twice = « { $id } » apparaît deux fois ; gardez une ligne par engagement
reply-not-on-list = « { $value } » ne figure pas dans la liste ; choisissez l’une de ses valeurs
pack-window-title = Demander une contribution
pack-window-intro = Un classeur Excel pour un ministère ou un service qui n’utilise pas poa-review : les engagements choisis, leur état, leurs éléments de preuve et leurs notes actuels, et des listes déroulantes pour répondre. Les éléments de langage privés n’y figurent jamais.
pack-recipient = Destinataire
pack-recipient-hint = Ministère de la santé
pack-scope = Piliers et sections
pack-scope-all = Rien de coché : tous les engagements y figurent.
pack-save = Enregistrer le dossier…
cmd-send-for-input = Demander une contribution…
cmd-send-for-input-tip = Créer un classeur Excel qu’un ministère remplit et renvoie
cmd-import-reply = Importer des réponses…
cmd-import-reply-tip = Relire des dossiers remplis (plusieurs peuvent être choisis à la fois) : les modifications de chaque ministère passent tour à tour par l’écran de fusion
dialog-save-pack = Enregistrer le dossier de consultation
dialog-import-reply = Importer la réponse d’un ministère
filter-workbooks = Classeurs Excel
matrix-empty = le classeur n’a aucune feuille
matrix-no-columns = aucune ligne d’en-tête avec une colonne de référence (Reference, ID, Paragraph, 编号…) et une colonne d’état, de notes ou d’éléments de preuve n’a été trouvée dans les 20 premières lignes de « { $sheet } »
matrix-unmatched = « { $reference } » ne correspond à aucun engagement du jeu de données ; la ligne est laissée de côté
matrix-ambiguous = « { $reference } » correspond à { $count } engagements ({ $ids }) ; la ligne est laissée de côté : inscrivez l’identifiant de l’engagement dans la cellule
matrix-unknown-word = « { $word } » ({ $cells }) ne figure pas dans l’échelle des états ou des preuves ; indiquez son sens avec --map "{ $word }=NIVEAU" (niveaux : { $levels })
matrix-bad-map = --map « { $map } » n’est pas de la forme MOT=NIVEAU
merge-title-matrix = Importer un tableur
merge-taken-matrix = Modifications reprises du tableur ({ $count })
dialog-import-sheet = Importer un tableur
filter-spreadsheets = Tableurs (Excel, OpenDocument, CSV)
cmd-import-sheet = Importer un tableur…
cmd-import-sheet-tip = Reprendre la matrice existante d’une délégation : choisir ses colonnes, faire correspondre ses mots, voir ce qui changerait, puis appliquer
sheet-password = le classeur est protégé par un mot de passe (chiffré) ; ouvrez-le dans le tableur, retirez le mot de passe (enregistrez-le sans) et importez cette copie
matrix-too-many-rows = « { $sheet } » compte { $rows } lignes ; une matrice n’est lue que jusqu’à { $max } lignes (une par engagement) : copiez les lignes des engagements dans une feuille à part et importez celle-ci
matrix-no-reference = la ligne n’a pas de référence ; elle est laissée de côté
matrix-hidden-row = la ligne est masquée dans le classeur ; elle est importée comme les autres
matrix-unknown-level = --map « { $map } » : « { $level } » ne figure sur aucune échelle (niveaux : { $levels })
matrix-column-reference = Référence ou identifiant
matrix-column-status = État
matrix-column-evidence-level = Niveau de preuve
matrix-column-notes = Notes
matrix-column-evidence = Preuves
matrix-column-reviewer = Évaluateur
matrix-column-date = Date
matrix-column-none = (absent de cette feuille)
matrix-window-title = Importer un tableur
matrix-window-file = { $file } : { $sheets ->
    [one] feuille « { $sheet } »
   *[other] { $sheets } feuilles avec ces en-têtes (« { $sheet } »)
}, { $rows } lignes
matrix-sheet = Feuille
matrix-sheet-skipped = la feuille « { $sheet } » n’a pas les en-têtes de « { $chosen } » ; elle n’est pas lue
matrix-window-intro = Les lignes sont rattachées aux engagements par identifiant ou par référence (89 (g), A/68/126, para. 89 (g), 第89段(g)). Rien ne change avant que vous appliquiez les modifications à l’écran suivant.
matrix-heading-row = Ligne des en-têtes
matrix-preview = Les premières lignes telles qu’elles seront lues
matrix-preview-row = Ligne
matrix-preview-commitment = Engagement
matrix-preview-unmatched = aucune correspondance
matrix-summary = { $matched } lignes rattachées, { $unmatched } laissées de côté, { $words } mots à faire correspondre.
matrix-words-title = Mots absents de l’échelle
matrix-word = « { $word } » ({ $scale } ; { $cells })
matrix-word-choose = Signifie…
matrix-word-leave-out = Laisser ces cellules de côté
matrix-unmatched-title = Lignes laissées de côté ({ $count })
matrix-and-more = … et { $count } de plus
matrix-show-changes = Voir les modifications…
open-spreadsheet = ceci est un tableur, pas une revue ni un jeu de données : importez une matrice dans la revue ouverte avec Fichier → Importer un tableur…, le dossier rempli d’un ministère avec Fichier → Importer des réponses…, ou construisez un jeu de données avec Fichier → Nouveau jeu de données à partir d’un tableur…
dialog-dataset-book = Construire un jeu de données à partir d’un classeur
dialog-save-dataset = Enregistrer le jeu de données
dialog-save-template = Enregistrer un modèle de jeu de données
cmd-dataset-from-sheet = Nouveau jeu de données à partir d’un tableur…
cmd-dataset-from-sheet-tip = Construire un jeu de données (piliers, engagements, indicateurs, sources) à partir d’un classeur ; chaque problème est désigné par sa cellule, et le jeu n’est enregistré et ouvert que s’il est valide
cmd-dataset-template = Enregistrer un modèle de jeu de données…
cmd-dataset-template-tip = Écrire un classeur vide avec toutes les feuilles, les en-têtes et des instructions, pour y construire un jeu de données
cmd-open-log-folder = Ouvrir le dossier du journal
cmd-open-log-folder-tip = Afficher le dossier du journal d’assistance (avertissements et erreurs, jamais le contenu d’une revue) pour l’envoyer à votre service informatique
cmd-user-guide = Guide de l’utilisateur
cmd-user-guide-tip = Un court guide (en anglais) : la première revue, le marquage, les preuves, les graphiques, la note d’information, le travail en équipe
guide-window-title = Guide de l’utilisateur (en anglais)

## Datasets from a spreadsheet
book-dangling = { $what } « { $id } » n’existe pas ; ajoutez-le à la feuille « { $list } » ou corrigez la référence
book-no-sheet = la feuille « { $sheet } » est absente (feuilles du classeur : { $sheets }) ; `poa-review dataset-template` écrit un classeur qui les a toutes
book-sheet-unreadable = la feuille « { $sheet } » n’a pas pu être lue : { $reason }
book-no-language = la colonne « { $heading } » doit indiquer sa langue entre parenthèses, par exemple « { $heading } (en) » ou « { $heading } (zh) »
book-unknown-language = « { $code } » dans la colonne « { $heading } » n’est pas un code de langue ; utilisez l’un de ceux-ci : { $codes }
book-unknown-column = la colonne « { $heading } » n’est pas lue : les colonnes de cette feuille sont { $headings }
book-column-twice = la colonne « { $heading } » figure deux fois (d’abord en colonne { $first }) ; n’en gardez qu’une
book-no-column = la colonne « { $heading } » manque dans la ligne des en-têtes
book-second-row = cette feuille n’a qu’une ligne ; reportez les valeurs de cette ligne dans la première, ou supprimez-la
book-no-row = aucune ligne sous les en-têtes ; indiquez l’identifiant, la version et le titre du jeu de données
book-empty = « { $column } » est vide ; chaque ligne doit le remplir
book-not-number = « { $value } » n’est pas un nombre
book-not-whole = « { $value } » n’est pas un nombre entier
book-number-date = contient une date ({ $date }), pas un nombre ; mettez la cellule au format nombre et saisissez la valeur
book-year-date = contient une date ({ $date }), pas une année ; saisissez l’année sous forme de nombre, par exemple 2014 (une année saisie dans une cellule au format date s’affiche comme une date de 1905)
book-not-date = « { $value } » n’est pas une date ; saisissez-la sous la forme 2014-03-13
book-not-choice = « { $value } » ne fait pas partie de : { $choices }
book-not-yes-no = « { $value } » n’est ni oui (yes) ni non (no)
book-unknown-pillar = « { $id } » n’est pas un pilier ou un groupe de la feuille « { $sheet } »
book-unknown-indicator = « { $id } » n’est pas un indicateur de la feuille « { $sheet } »
book-target-half = un objectif demande à la fois une année (target year) et une valeur (target value)
book-more-problems = { $count ->
        [one] … et 1 autre problème
       *[other] … et { $count } autres problèmes
    }
book-too-long = { $cell } : le texte dépasse ce qu’une cellule de tableur peut contenir (32 767 caractères)
book-write-failed = le classeur n’a pas pu être écrit : { $reason }
book-nothing-written = Rien n’a été écrit : corrigez les problèmes ci-dessus et relancez la commande.
book-built = { $path } : jeu de données « { $id } » { $version } : { $commitments ->
        [one] { $commitments } engagement
       *[other] { $commitments } engagements
    }, { $indicators ->
        [one] { $indicators } indicateur
       *[other] { $indicators } indicateurs
    }, { $observations ->
        [one] { $observations } observation
       *[other] { $observations } observations
    }
book-instructions-title = Constituer un jeu de données poa-review dans ce classeur
book-instructions-sheets = Chaque feuille ci-dessous contient une liste du jeu de données, un élément par ligne, sous les en-têtes de sa première ligne. Gardez les noms des feuilles et les en-têtes (les en-têtes chinois, comme 编号 ou 标题（中文）, sont aussi reconnus) et ajoutez des lignes en dessous ; les colonnes peuvent être déplacées. Les lignes vides sont ignorées, les lignes masquées sont lues comme les autres, et une cellule fusionnée vaut pour chacune de ses cellules.
book-instructions-languages = Les textes ont une colonne par langue : title (en), title (zh), etc. L’anglais est obligatoire ; un texte chinois manquant donne un avertissement ; le français, l’espagnol, le russe et l’arabe sont facultatifs (ajoutez pour eux une colonne comme title (fr)).
book-instructions-lists = Les identifiants sont courts et ne changent plus une fois le jeu de données en service : lettres, chiffres, -, _ et . (ceux des sources peuvent aussi contenir /, comme A/68/126). Les listes d’identifiants (étiquettes, domaines d'objectif, indicateurs) sont séparées par des virgules. Une référence est un document (l’identifiant d’une source), un numéro de paragraphe et une lettre facultative.
book-instructions-choices = kind : Action, Recommendation ou Target2019 (vide : Action). Dans Pillars, kind : Pillar ou CrossCutting (vide : Pillar). direction : DownIsGood ou UpIsGood. flag : Reported, Estimated, Derived ou Revised (vide : Reported). counts as progress : yes ou no.
book-instructions-numbers = Les années, paragraphes et valeurs sont des nombres ; saisissez une année comme 2014, pas comme une date. Une formule vaut la dernière valeur qu’elle a affichée. La date du jeu de données est une cellule de date ou un texte comme 2014-03-13 (vide : aujourd’hui).
book-instructions-defaults = Les feuilles et colonnes marquées * sont obligatoires. Les autres feuilles peuvent être omises : sans Units, Target areas, Tags, Indicators ou Observations, le jeu de données n’en a pas ; sans Status scale ou Evidence scale, ou si elles sont vides, il a les échelles par défaut qu’elles montrent ici. Une année de référence vide vaut 2009.
book-instructions-build = Constituez le jeu de données avec : poa-review dataset-from-sheet CE-FICHIER.xlsx --out NOM.dataset.ron. Chaque problème est désigné par sa feuille, sa ligne et sa colonne (par exemple Commitments!C14), et rien n’est écrit tant qu’il en reste.
book-instructions-sheet = Feuille
book-instructions-holds = Contenu
book-instructions-columns = Colonnes
book-about-dataset = Une ligne : l’identifiant, la version, la date (de constitution), le titre et la description du jeu de données.
book-about-sources = Les documents et publications que cite le jeu de données ; références et observations les désignent par leur identifiant.
book-about-units = Les unités de mesure des indicateurs, avec leur nom.
book-about-pillars = Les trois piliers du Plan d’action et les éventuels groupes transversaux, dans l’ordre d’affichage.
book-about-sections = Les sections des piliers et groupes, chacune avec son pilier ou groupe.
book-about-target-areas = Les domaines d'objectif pour 2019, où chacun est fixé, et les indicateurs qui le mesurent.
book-about-tags = Le libellé de chaque étiquette dans chaque langue (une étiquette sans libellé est affiché par son identifiant).
book-about-commitments = Les engagements examinés : pilier, section, référence, titre et texte, étiquettes, domaines d'objectif et indicateurs.
book-about-indicators = Les indicateurs : nom, unité, zone géographique, sens du progrès, année de référence et objectif facultatif.
book-about-observations = Les valeurs des indicateurs, une ligne par indicateur et par année, chacune avec sa source.
book-about-status-scale = Les niveaux servant à marquer les progrès, dans l’ordre ; chaque engagement part du premier.
book-about-evidence-scale = Les niveaux de preuve, dans l’ordre ; chaque engagement part du premier.

# Issue 13: a briefing a delegate can cite (information cut-off, sources, honest ratings, addressees).
date-long = { $day } { $month ->
    [1] janvier
    [2] février
    [3] mars
    [4] avril
    [5] mai
    [6] juin
    [7] juillet
    [8] août
    [9] septembre
    [10] octobre
    [11] novembre
   *[12] décembre
    } { $year }
addressee-member-states = États Membres
addressee-general-assembly = Assemblée générale
addressee-commission = Commission des stupéfiants
addressee-unodc = ONUDC
addressee-incb = OICS
filter-addressee = Destinataire
filter-addressee-any = Tous
detail-addressed-to = adressé à : { $addressee }
detail-addressed-to-tip = Qui peut agir sur cet engagement. Une recommandation à l’Assemblée générale est une décision sur laquelle aucune délégation ne peut progresser seule : notez ce que votre pays a fait pour l’appuyer.
rating-not-rated = Non évalué
chart-hindsight = publié après le { $date } (a posteriori)
chart-hover-hindsight = Publié en { $published }, après la date limite d’information du { $date } : inconnu lors de l’examen.
chart-targets-method-as-of = De la valeur de référence de 2009 (ou de l’année suivante la plus proche, jusqu’en 2011) à la dernière valeur publiée au { $date } ; une variation d’au moins 10 % dans le sens favorable ou défavorable correspond à un progrès ou à une régression ; les indicateurs ambigus ne sont pas évalués
chart-targets-more = … et { $n } autres : voir le tableau de la note
chart-as-of = Information au
chart-as-of-dataset = date limite du jeu de données ({ $date })
chart-as-of-dataset-none = le jeu de données n’en indique pas
chart-as-of-none = aucune date limite (toutes les valeurs connues)
chart-as-of-day = un autre jour
chart-as-of-tip = Les valeurs publiées après ce jour sont dessinées en carrés creux sur une ligne pointillée et exclues des évaluations des objectifs 2019. Choisissez un autre jour pour voir ce que l’on savait alors, par exemple 2016-04-19 pour la session extraordinaire.
chart-as-of-bad-day = écrivez le jour sous la forme AAAA-MM-JJ
targets-row-change = { $from }–{ $to } : { $change }
targets-row-change-later-baseline = { $from }–{ $to } : { $change } (référence { $from } : pas de valeur pour { $baseline })
targets-row-no-baseline = pas de valeur de référence : aucune valeur de { $baseline } à { $last }
targets-row-no-later = aucune valeur après { $from }
targets-row-ambiguous = non évalué : une hausse ou une baisse peut se lire dans les deux sens
targets-row-hindsight = { $n ->
    [one] la valeur de { $years } a été publiée après le { $date } et n’est pas retenue
   *[other] les valeurs de { $years } ont été publiées après le { $date } et ne sont pas retenues
}
brief-as-of = Information au
brief-as-of-none = aucune date limite : toutes les valeurs sont tenues pour connues
brief-left-out = Non retenu
brief-annex-values = Annexe 2 : valeurs des indicateurs et leurs sources
brief-values-intro = Toutes les valeurs représentées dans cette note, avec la publication dont elles proviennent. Les valeurs publiées après le { $date }, date limite d’information, ne pouvaient être connues lors de l’examen : elles sont signalées « après la date limite » et exclues des évaluations.
brief-values-intro-none = Toutes les valeurs représentées dans cette note, avec la publication dont elles proviennent. Aucune date limite d’information n’est appliquée.
brief-year = Année
brief-value = Valeur
brief-flag = Obtention
brief-published = Publication
brief-published-unknown = date non indiquée
brief-published-hindsight = { $published }, après la date limite ({ $date })
source-primary = source primaire
source-secondary = source secondaire
source-kind-unknown = type de source non indiqué
validate-source-no-kind = la source « { $id } » n’indique pas s’il s’agit de la publication elle-même ou d’une copie ; ajoutez kind: Some(Primary) ou kind: Some(Secondary)
validate-source-no-date = la source « { $id } » n’indique pas sa date de publication ; ajoutez published: Some("2013"), un mois ("2013-06") ou un jour ("2013-06-26"), afin de signaler les valeurs publiées après la date limite d’information
validate-source-no-copy = la source « { $id } » est secondaire mais n’indique pas la copie consultée ; ajoutez copy: {"{"}"fr": "copie sur …"{"}"}
validate-source-not-theirs = l’identifiant de source « { $id } » commence par le nom de { $organisation }, mais son éditeur est « { $publisher } » ; un identifiant qui nomme une organisation doit désigner une publication de celle-ci : renommez l’identifiant ou corrigez l’éditeur
validate-hindsight = la valeur { $year } de « { $indicator } » provient de « { $source } », publiée en { $published }, après la date limite d’information du { $date } : c’est une information a posteriori (les graphiques la signalent, les évaluations l’excluent)
validate-no-addressee = l’engagement « { $id } » n’indique pas son destinataire ; ajoutez addressee: Some(MemberStates), Some(GeneralAssembly), Some(Commission), Some(Unodc) ou Some(Incb)
book-not-published = « { $value } » n’est pas une date de publication : écrivez une année (2013), un mois (2013-06) ou un jour (2013-06-26)
brief-addressee = Destinataire
brief-by-addressee = Engagements par destinataire
brief-by-addressee-intro = Qui peut agir sur les engagements. Les recommandations à l’Assemblée générale sont des décisions sur lesquelles aucune délégation ne peut progresser seule ; leur statut indique ce que la délégation a fait pour les appuyer.
brief-col-assessed = Évalués
brief-progress = Comptés comme progrès
export-as-of-tip = Les valeurs publiées après ce jour sont signalées a posteriori et exclues des évaluations. Modifiez-le avec « Information au » dans la vue Graphiques.
chart-as-of-day-field = Jour

# Issue 16, part: many reviews of one dataset.
aggregate-duplicate = la délégation « { $delegation } » a déjà été lue dans un autre fichier ; cet examen n’est pas retenu
aggregate-no-reviews = aucun examen à agréger : indiquez des fichiers d’examen (*.review.ron) ou des dossiers qui en contiennent
aggregate-written = Écrit : { $path } ({ $rows } lignes de { $reviews } examens du jeu de données { $dataset } { $version } ; { $left } fichiers non retenus)
cli-bad-cutoff = « { $value } » n’est pas une date limite : écrivez un jour (2016-04-19), « dataset » ou « none »

# Issue 16: the aggregate briefing and its chart.
aggregate-sort-dataset = Ordre du jeu de données
aggregate-sort-assessed = Les plus évalués
aggregate-sort-progress = Le plus de progrès
aggregate-sort-disagreement = Le plus de désaccord
chart-title-aggregate = État selon les délégations — { $order } (les { $count } premiers engagements)
chart-aggregate-subtitle = Examens de { $delegations } délégations sur { $dataset }
aggregate-title = Où en sont les délégations : { $dataset }
aggregate-subtitle = { $reviews } examens du jeu de données { $dataset } { $version } ; { $left } fichiers non retenus. Les notes d'intervention privées ne sont jamais lues dans un agrégat.
aggregate-part-commitments = Chaque engagement selon les délégations
aggregate-part-commitments-note = Les plus évalués d'abord dans chaque pilier. Le progrès compte les délégations ayant choisi un état compté comme progrès (part de celles qui l'ont évalué). Le désaccord va de 0 (toutes les délégations ayant évalué ont choisi le même état) à 100 (réparties également sur tous les états).
aggregate-col-commitment = Engagement
aggregate-col-assessed = Évalué
aggregate-col-progress = Progrès
aggregate-col-disagreement = Désaccord
aggregate-col-statuses = États
aggregate-col-evidence = Niveaux de preuve
aggregate-col-delegation = Délégation
aggregate-empty = Rien à afficher.
aggregate-no-section = (sans section)
aggregate-part-heat-map = Délégations × sections : { $pillar }
aggregate-part-heat-map-note = Chaque case : la part des engagements de la section évalués par la délégation · la part marquée comme progrès.
aggregate-and-more = { " " }et { $count } de plus
aggregate-part-not-assessed = Qui n'a pas évalué quoi
aggregate-col-not-assessed = Non évalués
aggregate-col-commitments = Engagements
aggregate-all-assessed = Chaque délégation a évalué chaque engagement.
aggregate-part-narratives = Récits côte à côte : { $pillar }
aggregate-no-narratives = Aucune délégation n'a rédigé de récit pour ce pilier.
aggregate-part-left-out = Fichiers non retenus
aggregate-col-file = Fichier
aggregate-col-line = Ligne
aggregate-col-problem = Problème
aggregate-unknown-format = impossible de déduire le format de ce nom de fichier : utilisez .pdf, .docx, .html ou .md pour la note agrégée, .csv ou .xlsx pour la table longue, ou donnez --format
aggregate-briefing-written = Écrit : { $path } (agrégat de { $reviews } examens du jeu de données { $dataset } { $version } ; { $left } fichiers non retenus)
cmd-open-reviews = Ouvrir plusieurs examens…
cmd-open-reviews-tip = Les examens de plusieurs délégations sur un même jeu de données côte à côte : états, cartes de chaleur, lacunes et récits
cmd-open-review-folder = Ouvrir un dossier d'examens…
cmd-open-review-folder-tip = Tous les examens (*.review.ron) d'un dossier, côte à côte
dialog-aggregate-files = Ouvrir plusieurs examens
dialog-aggregate-folder = Ouvrir un dossier d'examens
dialog-export-aggregate = Exporter l'agrégat
filter-aggregate = Note agrégée ou table longue (PDF, Word, HTML, Excel, CSV)
aggregate-window-title = Plusieurs examens : { $dataset }
aggregate-window-read = { $reviews } fichiers d'examen lus sur { $files } (jeu de données { $dataset } { $version }) ; { $left } non retenus. Les notes d'intervention privées ne sont pas lues.
aggregate-tab-commitments = Engagements
aggregate-tab-heat-map = Carte de chaleur
aggregate-tab-not-assessed = Non évalués
aggregate-tab-narratives = Récits
aggregate-tab-left-out = Non retenus
aggregate-export-as = Exporter en
aggregate-export-pdf = Note (PDF)
aggregate-export-docx = Note (Word)
aggregate-export-html = Note (HTML)
aggregate-export-xlsx = Table longue (Excel)
aggregate-export-csv = Table longue (CSV)
aggregate-export = Exporter…
aggregate-order = Ordre
aggregate-measure-assessed = Part évaluée
aggregate-measure-progress = Part marquée comme progrès
aggregate-heat-tip = { $delegation }, { $section } : { $assessed } sur { $commitments } évalués, { $progress } marqués comme progrès
aggregate-none-left-out = Tous les fichiers ont été lus.
aggregate-left-out-warning = { $left } fichiers sur { $files } n'ont pas été retenus dans l'agrégat ; l'onglet « Non retenus » dit pourquoi.
aggregate-gaps = { $count } engagements sur { $total } non évalués

# Issue 17: Help → About.
cmd-about = À propos de poa-review…
cmd-about-tip = La version, la date de construction de cette copie, sa licence et toutes les licences de tiers
about-title = À propos de poa-review
about-built = Construit le { $date }
about-development-build = Une version de développement (pas issue d'un paquet)
about-licence = Licence : { $licence }
about-font = La police chinoise fournie (Noto Sans SC) : SIL Open Font License 1.1
about-third-party = Les licences des crates compilées dans le programme
about-third-party-missing = La liste des licences des crates compilées est produite à la construction du paquet et installée avec lui (share/doc/poa-review/THIRD-PARTY-LICENSES.md) ; cette copie n'a pas été installée depuis un paquet.
