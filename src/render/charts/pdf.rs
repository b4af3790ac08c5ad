//! A plotters drawing backend that emits printpdf operations, so the report's charts are
//! vector graphics with real, selectable text in the report's embedded font.

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontStyle,
};
use printpdf::{
    Color, FontId, Line, LinePoint, Op, PaintMode, PdfFontHandle, Point, Polygon, PolygonRing, Pt,
    Rgb, TextItem, WindingOrder,
};

use std::cell::RefCell;
use std::rc::Rc;

use super::fonts;

/// Collects printpdf operations for one chart placed on a page.
pub struct PdfBackend {
    /// Size in plotters units.
    size: (u32, u32),
    /// Page position of the chart's top-left corner, in points from the page's bottom-left.
    origin: (f64, f64),
    /// Points per plotters unit.
    scale: f64,
    regular: FontId,
    bold: FontId,
    /// The operations drawn so far, shared with the caller (plotters keeps the backend).
    ops: Rc<RefCell<Vec<Op>>>,
}

/// The backend never fails; this error type only satisfies the trait.
#[derive(Debug)]
pub struct Never;

impl std::fmt::Display for Never {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("pdf backend")
    }
}

impl std::error::Error for Never {}

impl PdfBackend {
    /// A chart of `size` units whose top-left corner is at `origin` (points, PDF
    /// coordinates), drawn `scale` points per unit.
    pub fn new(
        size: (u32, u32),
        origin: (f64, f64),
        scale: f64,
        regular: FontId,
        bold: FontId,
    ) -> (PdfBackend, Rc<RefCell<Vec<Op>>>) {
        let ops = Rc::new(RefCell::new(Vec::new()));
        let backend = PdfBackend {
            size,
            origin,
            scale,
            regular,
            bold,
            ops: ops.clone(),
        };
        (backend, ops)
    }

    fn push(&self, op: Op) {
        self.ops.borrow_mut().push(op);
    }

    fn point(&self, (x, y): BackendCoord) -> Point {
        Point {
            x: Pt((self.origin.0 + f64::from(x) * self.scale) as f32),
            y: Pt((self.origin.1 - f64::from(y) * self.scale) as f32),
        }
    }

    fn color(c: BackendColor) -> Color {
        Color::Rgb(Rgb {
            r: f32::from(c.rgb.0) / 255.0,
            g: f32::from(c.rgb.1) / 255.0,
            b: f32::from(c.rgb.2) / 255.0,
            icc_profile: None,
        })
    }

    fn polygon(&mut self, points: Vec<BackendCoord>, color: BackendColor) {
        if color.alpha == 0.0 || points.len() < 3 {
            return;
        }
        let ring = PolygonRing {
            points: points
                .into_iter()
                .map(|p| LinePoint {
                    p: self.point(p),
                    bezier: false,
                })
                .collect(),
        };
        self.push(Op::SetFillColor {
            col: Self::color(color),
        });
        self.push(Op::DrawPolygon {
            polygon: Polygon {
                rings: vec![ring],
                mode: PaintMode::Fill,
                winding_order: WindingOrder::NonZero,
            },
        });
    }
}

impl DrawingBackend for PdfBackend {
    type ErrorType = Never;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<Never>> {
        Ok(())
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<Never>> {
        Ok(())
    }

    fn draw_pixel(
        &mut self,
        p: BackendCoord,
        color: BackendColor,
    ) -> Result<(), DrawingErrorKind<Never>> {
        self.polygon(
            vec![p, (p.0 + 1, p.1), (p.0 + 1, p.1 + 1), (p.0, p.1 + 1)],
            color,
        );
        Ok(())
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Never>> {
        self.draw_path([from, to], style)
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Never>> {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        let points: Vec<LinePoint> = path
            .into_iter()
            .map(|p| LinePoint {
                p: self.point(p),
                bezier: false,
            })
            .collect();
        self.push(Op::SetOutlineColor {
            col: Self::color(style.color()),
        });
        self.push(Op::SetOutlineThickness {
            pt: Pt((f64::from(style.stroke_width()) * self.scale) as f32),
        });
        self.push(Op::DrawLine {
            line: Line {
                points,
                is_closed: false,
            },
        });
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        a: BackendCoord,
        b: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Never>> {
        let corners = vec![a, (b.0, a.1), b, (a.0, b.1)];
        if fill {
            self.polygon(corners, style.color());
            Ok(())
        } else {
            let mut closed = corners;
            closed.push(a);
            self.draw_path(closed, style)
        }
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Never>> {
        self.polygon(vert.into_iter().collect(), style.color());
        Ok(())
    }

    fn draw_text<T: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &T,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<Never>> {
        let color = style.color();
        if color.alpha == 0.0 || text.is_empty() {
            return Ok(());
        }
        let bold = matches!(style.style(), FontStyle::Bold);
        // The same size relation as plotters' own measurement, so layout and drawing agree.
        let em = fonts::em_for_plotters_size(style.size());
        let width = fonts::text_width(text, em, bold);
        let height = style.size();
        let dx = match style.anchor().h_pos {
            HPos::Left => 0.0,
            HPos::Center => -width / 2.0,
            HPos::Right => -width,
        };
        let top = match style.anchor().v_pos {
            VPos::Top => 0.0,
            VPos::Center => -height / 2.0,
            VPos::Bottom => -height,
        };
        let baseline = top + fonts::ascent_for_plotters_size(style.size());
        let x = self.origin.0 + (f64::from(pos.0) + dx) * self.scale;
        let y = self.origin.1 - (f64::from(pos.1) + baseline) * self.scale;
        let font = if bold {
            self.bold.clone()
        } else {
            self.regular.clone()
        };
        self.ops.borrow_mut().extend([
            Op::StartTextSection,
            Op::SetFont {
                font: PdfFontHandle::External(font),
                size: Pt((em * self.scale) as f32),
            },
            Op::SetFillColor {
                col: Self::color(color),
            },
            Op::SetTextCursor {
                pos: Point {
                    x: Pt(x as f32),
                    y: Pt(y as f32),
                },
            },
            Op::ShowText {
                items: vec![TextItem::Text(text.to_string())],
            },
            Op::EndTextSection,
        ]);
        Ok(())
    }

    fn estimate_text_size<T: BackendTextStyle>(
        &self,
        text: &str,
        style: &T,
    ) -> Result<(u32, u32), DrawingErrorKind<Never>> {
        let bold = matches!(style.style(), FontStyle::Bold);
        let em = fonts::em_for_plotters_size(style.size());
        Ok((
            fonts::text_width(text, em, bold).ceil() as u32,
            style.size().ceil() as u32,
        ))
    }
}
