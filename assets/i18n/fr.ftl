# poa-review interface strings: French (français), every key of en.ftl.

path-prompt-label = Chemin du fichier
button-save = Enregistrer
button-export = Exporter
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
brief-annex-sources = Annexe 2 : sources
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
chart-targets-method = Évolution entre la valeur de référence de 2009 et la dernière valeur ; une variation d'au moins ±10 % dans le sens favorable ou défavorable correspond à un progrès ou à une régression
chart-no-indicator = Aucun indicateur dans ce jeu de données
chart-no-baseline = pas de valeur de référence
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
