//! Starting the window: icon, size, renderer, and the retry with OpenGL when wgpu fails.

use super::app::PoaApp;
use super::exit_after_frames::ExitAfterFrames;
use super::start_options::StartOptions;
use crate::settings::Renderer;

/// The application's name for eframe (its storage folder for window settings).
pub const APP_ID: &str = "poa-review";

/// The window's application id (the Wayland app id and the X11 window class): the desktop
/// entry's name, so that docks and task bars match the window to its launcher and icon.
pub const DESKTOP_ID: &str = "org.poa_review.PoaReview";

/// A 64×64 icon drawn in code: three bars for the three pillars on a blue tile.
#[must_use]
pub fn icon() -> egui::IconData {
    const N: u32 = 64;
    let mut rgba = Vec::with_capacity((N * N * 4) as usize);
    for y in 0..N {
        for x in 0..N {
            let inside = {
                // Rounded square.
                let r = 12i64;
                let (xi, yi, n) = (i64::from(x), i64::from(y), i64::from(N) - 1);
                let cx = xi.clamp(r, n - r);
                let cy = yi.clamp(r, n - r);
                (xi - cx).pow(2) + (yi - cy).pow(2) <= r * r
            };
            let bar = [(14, 42), (28, 26), (42, 34)]
                .iter()
                .any(|&(bx, top)| x >= bx && x < bx + 9 && y >= top && y < 52);
            let px = match (inside, bar) {
                (false, _) => [0, 0, 0, 0],
                (true, true) => [255, 255, 255, 255],
                (true, false) => [0x15, 0x65, 0xc0, 255],
            };
            rgba.extend_from_slice(&px);
        }
    }
    egui::IconData {
        rgba,
        width: N,
        height: N,
    }
}

/// The window's options: size, icon, renderer, low-power GPU.
#[must_use]
pub fn native_options(renderer: Renderer) -> eframe::NativeOptions {
    let mut options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("poa-review")
            .with_app_id(DESKTOP_ID)
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([800.0, 500.0])
            .with_icon(icon()),
        renderer: match renderer {
            Renderer::Wgpu => eframe::Renderer::Wgpu,
            Renderer::Glow => eframe::Renderer::Glow,
        },
        ..Default::default()
    };
    // Do not wake a laptop's discrete graphics chip for a document application.
    if let eframe::egui_wgpu::WgpuSetup::CreateNew(c) = &mut options.wgpu_options.wgpu_setup {
        c.power_preference = eframe::wgpu::PowerPreference::LowPower;
    }
    options
}

/// Opens the window and runs until it is closed. Starts with `renderer`; if wgpu cannot start,
/// tries again with OpenGL in the same process. With `exit_after_frames`, the window closes
/// itself that many frames after its document has loaded (start-up measurements).
pub fn run(
    options: StartOptions,
    renderer: Renderer,
    exit_after_frames: Option<u32>,
) -> eframe::Result {
    let start = |renderer: Renderer, options: StartOptions| {
        eframe::run_native(
            APP_ID,
            native_options(renderer),
            Box::new(move |cc| {
                let app = PoaApp::new(cc, options);
                let app: Box<dyn eframe::App> = match exit_after_frames {
                    Some(frames_left) => Box::new(ExitAfterFrames { app, frames_left }),
                    None => Box::new(app),
                };
                Ok(app)
            }),
        )
    };
    match start(renderer, options.clone()) {
        Err(e) if renderer == Renderer::Wgpu => {
            log::warn!("wgpu could not start ({e}); trying OpenGL");
            start(Renderer::Glow, options)
        }
        other => other,
    }
}
