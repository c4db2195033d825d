//! A bare eframe window built with poa-review's own window settings (size, icon, renderer):
//! the yardstick for poa-review's start-up time. It closes itself after
//! `POA_REVIEW_EXIT_AFTER_FRAMES` frames, as poa-review does, so both can be timed side by side:
//!
//! ```sh
//! POA_REVIEW_EXIT_AFTER_FRAMES=1 hyperfine -w 2 'target/release/examples/bare_window --renderer glow' \
//!     'target/release/poa-review --renderer glow'
//! ```

use poa_review::settings::Renderer;

fn main() -> eframe::Result {
    let renderer = if std::env::args().any(|a| a == "glow") {
        Renderer::Glow
    } else {
        Renderer::Wgpu
    };
    let mut frames_left: u32 = std::env::var("POA_REVIEW_EXIT_AFTER_FRAMES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    eframe::run_ui_native(
        poa_review::ui::run::APP_ID,
        poa_review::ui::run::native_options(renderer),
        move |ui, _frame| {
            egui::CentralPanel::default().show(ui, |ui| {
                ui.label("Bare window");
            });
            if frames_left > 0 {
                frames_left -= 1;
                if frames_left == 0 {
                    ui.send_viewport_cmd(egui::ViewportCommand::Close);
                }
                ui.request_repaint();
            }
        },
    )
}
