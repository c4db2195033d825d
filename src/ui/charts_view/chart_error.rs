//! Why the chart is not drawn, in words: a chart error in the interface language, naming
//! indicators and units as the list of indicators does.

use crate::charts::{ChartError, TrendsProblem};
use crate::i18n::Translator;
use crate::model::{Dataset, text_or_empty};

/// Why the chart is not drawn, in one line in the interface language.
pub(super) fn error_text(e: &ChartError, d: &Dataset, t: &Translator) -> String {
    let unit = |id: &str| {
        d.units
            .iter()
            .find(|u| u.id == id)
            .map_or(id, |u| text_or_empty(&u.label, t.language().code()))
            .to_lowercase()
    };
    // An indicator as the list of indicators names it.
    let indicator = |id: &str| {
        d.indicator(id).map_or_else(
            || id.to_owned(),
            |i| {
                format!(
                    "{} — {}",
                    text_or_empty(&i.name, t.language().code()),
                    text_or_empty(&i.geography, t.language().code())
                )
            },
        )
    };
    match e {
        ChartError::Trends(TrendsProblem::NoneChosen) => {
            if d.indicators.iter().all(|i| i.series.is_empty()) {
                t.tr(key!("chart-error-no-data"))
            } else {
                t.tr(key!("chart-error-no-indicator"))
            }
        }
        ChartError::Trends(TrendsProblem::Unknown { id, .. }) => {
            t.tr_args(key!("chart-error-unknown"), &[("id", id.clone().into())])
        }
        ChartError::Trends(TrendsProblem::MixedUnits {
            first,
            first_unit,
            other,
            other_unit,
        }) => t.tr_args(
            key!("chart-error-units"),
            &[
                ("first", indicator(first).into()),
                ("first_unit", unit(first_unit).into()),
                ("other", indicator(other).into()),
                ("other_unit", unit(other_unit).into()),
            ],
        ),
        ChartError::Trends(TrendsProblem::NoValues) => t.tr(key!("chart-error-no-values")),
        other => t.tr_args(
            key!("chart-error-other"),
            &[(
                "reason",
                other.message().render(t).replace('\n', " ").into(),
            )],
        ),
    }
}
