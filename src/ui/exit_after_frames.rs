//! Start-up and memory measurements (`.ci/measure-startup`): the window closes itself a number
//! of frames after its document has loaded. A wrapper around the app, set up by [`super::run`]
//! only when `POA_REVIEW_EXIT_AFTER_FRAMES` is set, so the app itself carries no measuring code.

use super::app::PoaApp;

/// The app, closed `frames_left` frames after its document has loaded and background work has
/// finished.
pub struct ExitAfterFrames {
    /// The app.
    pub app: PoaApp,
    /// Frames still to draw.
    pub frames_left: u32,
}

impl eframe::App for ExitAfterFrames {
    fn logic(&mut self, ctx: &egui::Context, frame: &mut eframe::Frame) {
        self.app.logic(ctx, frame);
    }

    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        self.app.ui(ui, frame);
        if self.app.ws.is_some() && !self.app.tasks.is_busy() {
            self.frames_left = self.frames_left.saturating_sub(1);
            if self.frames_left == 0 {
                ui.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            ui.request_repaint();
        }
    }

    fn on_exit(&mut self, gl: Option<&eframe::glow::Context>) {
        self.app.on_exit(gl);
    }
}
