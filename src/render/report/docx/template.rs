//! The office's header and footer from its Word template: the parts as the template has
//! them, with the images they show (a logo, a coat of arms), carried into `report.docx`.

use std::io::Read;

/// A relationship of a template part.
#[derive(Debug, Clone, PartialEq)]
struct Rel {
    id: String,
    kind: String,
    target: String,
    external: bool,
}

/// A header or footer of the template with the files it refers to.
#[derive(Debug, Clone, PartialEq)]
pub struct TemplatePart {
    /// Its XML, as the template has it.
    pub xml: String,
    rels: Vec<Rel>,
    /// The images it shows: their relationship's target and bytes.
    media: Vec<(String, Vec<u8>)>,
}

/// A template part's relationships (its rels XML) and its files under `word/`.
pub type Packed<'a> = (String, Vec<(String, &'a [u8])>);

/// The most bytes read of one image of a template.
const MAX_PART: u64 = 10 << 20;
/// The most bytes of a header, a footer or a relationships part: a letterhead is a few
/// kilobytes; a bigger one would slow every program that opens the report.
const MAX_XML: u64 = 1 << 20;
/// The most images a header or footer may bring, and their most bytes together.
const MAX_IMAGES: usize = 16;
const MAX_IMAGE_BYTES: u64 = 20 << 20;

/// The value of `name="…"` in an element's attributes (`a="1" b="2"`, the element's name
/// cut off or not).
fn attr<'a>(element: &'a str, name: &str) -> Option<&'a str> {
    ['"', '\''].into_iter().find_map(|quote| {
        let key = format!("{name}={quote}");
        let at = if element.starts_with(&key) {
            0
        } else {
            element
                .find(&format!(" {key}"))
                .or_else(|| element.find(&format!("\n{key}")))?
                + 1
        } + key.len();
        element[at..].split(quote).next()
    })
}

/// The relationships of a rels part.
fn rels(xml: &str) -> Vec<Rel> {
    xml.split("<Relationship")
        .skip(1)
        .filter(|el| el.starts_with(char::is_whitespace))
        .filter_map(|el| {
            let el = &el[..el.find('>')?];
            Some(Rel {
                id: attr(el, "Id")?.to_string(),
                kind: attr(el, "Type")?.to_string(),
                target: attr(el, "Target")?.to_string(),
                external: attr(el, "TargetMode") == Some("External"),
            })
        })
        .collect()
}

/// A file of the zip; `None` when it is missing or larger than `max` bytes (never cut
/// short into a broken part).
fn bytes(
    zip: &mut zip::ZipArchive<std::io::Cursor<&[u8]>>,
    name: &str,
    max: u64,
) -> Option<Vec<u8>> {
    let f = zip.by_name(name).ok()?;
    if f.size() > max {
        return None;
    }
    let mut out = Vec::new();
    f.take(max + 1).read_to_end(&mut out).ok()?;
    (out.len() as u64 <= max).then_some(out)
}

/// The default header or footer (`kind`: "header" or "footer") the template's last section
/// refers to, with its images; `None` when it has none, or when it refers to something that
/// cannot come along whole (a chart, an embedded object, a missing or oversized image):
/// then the report keeps its own, rather than a part pointing into nothing.
pub fn read_part(
    zip: &mut zip::ZipArchive<std::io::Cursor<&[u8]>>,
    document: &str,
    kind: &str,
) -> Option<TemplatePart> {
    // The last section's default header; a section without one shows its predecessor's
    // (Word's "link to previous").
    let id = document
        .rmatch_indices("<w:sectPr")
        .find_map(|(at, _)| {
            let sect = &document[at..];
            let sect = &sect[..sect.find("</w:sectPr>").unwrap_or(sect.len())];
            sect.split(&format!("<w:{kind}Reference"))
                .skip(1)
                .map(|el| &el[..el.find('>').unwrap_or(el.len())])
                .find(|el| attr(el, "w:type") == Some("default"))
                .and_then(|el| attr(el, "r:id"))
        })?
        .to_string();
    let doc_rels = String::from_utf8(bytes(zip, "word/_rels/document.xml.rels", MAX_XML)?).ok()?;
    let rel = rels(&doc_rels).into_iter().find(|r| r.id == id)?;
    let path = resolve("word/", &rel.target)?;
    let xml = String::from_utf8(bytes(zip, &path, MAX_XML)?).ok()?;
    let (dir, name) = path.rsplit_once('/').unwrap_or(("", path.as_str()));
    let own = bytes(zip, &format!("{dir}/_rels/{name}.rels"), MAX_XML)
        .and_then(|b| String::from_utf8(b).ok())
        .map(|x| rels(&x))
        .unwrap_or_default();
    let mut media: Vec<(String, Vec<u8>)> = Vec::new();
    let mut total = 0u64;
    for r in &own {
        if r.external {
            // A link the reader may follow comes along; anything Word would fetch by
            // itself on opening (a linked picture, a network path) does not.
            if r.kind.ends_with("/hyperlink") && crate::texts::inline::linkable(&r.target) {
                continue;
            }
            return None;
        }
        if !r.kind.ends_with("/image") {
            return None;
        }
        if media.iter().any(|(t, _)| *t == r.target) {
            continue;
        }
        let b = bytes(zip, &resolve(&format!("{dir}/"), &r.target)?, MAX_PART)?;
        total += b.len() as u64;
        if media.len() >= MAX_IMAGES || total > MAX_IMAGE_BYTES {
            return None;
        }
        media.push((r.target.clone(), b));
    }
    Some(TemplatePart {
        xml,
        rels: own,
        media,
    })
}

/// A relationship's target as a path in the package: relative to `base` (ending in `/`)
/// or from the package's root (`/word/…`), percent-escapes decoded; `None` for a path that
/// leaves the package.
fn resolve(base: &str, target: &str) -> Option<String> {
    let decoded = percent_decoded(target)?;
    let full = match decoded.strip_prefix('/') {
        Some(rooted) => rooted.to_string(),
        None => format!("{base}{decoded}"),
    };
    let mut parts: Vec<&str> = Vec::new();
    for part in full.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            p => parts.push(p),
        }
    }
    (!parts.is_empty()).then(|| parts.join("/"))
}

/// `%20` and the like decoded; `None` where the result is no UTF-8.
fn percent_decoded(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = b
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (b[i], hex) {
            (b'%', Some(v)) => {
                out.push(v);
                i += 3;
            }
            (c, _) => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// A file's extension as it may stand in a zip entry's name and a content type: 1 to 8
/// letters or digits, else `bin`.
pub fn extension(path: &str) -> &str {
    match path.rsplit_once('.') {
        Some((_, e))
            if (1..=8).contains(&e.len()) && e.bytes().all(|b| b.is_ascii_alphanumeric()) =>
        {
            e
        }
        _ => "bin",
    }
}

/// Whether a header or footer numbers its pages itself (a PAGE field).
pub fn numbers_pages(xml: &str) -> bool {
    let instr = xml.split("<w:instrText").skip(1).filter_map(|rest| {
        rest.split_once('>')
            .map(|(_, t)| t.split('<').next().unwrap_or(""))
    });
    let simple = xml
        .split("w:instr=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next());
    instr.chain(simple).any(|code| {
        code.split_whitespace()
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("PAGE"))
    })
}

/// The content type of an image by its extension.
pub fn content_type(extension: &str) -> &'static str {
    match extension.to_ascii_lowercase().as_str() {
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "bmp" => "image/bmp",
        "tif" | "tiff" => "image/tiff",
        "emf" => "image/x-emf",
        "wmf" => "image/x-wmf",
        "svg" => "image/svg+xml",
        _ => "application/octet-stream",
    }
}

impl TemplatePart {
    /// Its files and relationships as they go into `report.docx`: each image renamed
    /// `media/<prefix><n>.<ext>` (so none meets the report's own images), and the rels
    /// part that points to them.
    pub fn packed(&self, prefix: &str) -> Packed<'_> {
        let mut files = Vec::new();
        let mut xml = String::from(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">",
        );
        for r in &self.rels {
            let target = if r.external {
                r.target.clone()
            } else {
                let Some((_, b)) = self.media.iter().find(|(t, _)| *t == r.target) else {
                    continue;
                };
                let ext = extension(&r.target);
                let name = format!("media/{prefix}{}.{ext}", files.len() + 1);
                files.push((name.clone(), b.as_slice()));
                name
            };
            xml.push_str(&format!(
                "<Relationship Id=\"{}\" Type=\"{}\" Target=\"{}\"{}/>",
                r.id,
                r.kind,
                target,
                if r.external {
                    " TargetMode=\"External\""
                } else {
                    ""
                }
            ));
        }
        xml.push_str("</Relationships>");
        (xml, files)
    }

    /// The part with `paragraphs` added: at its start for a header (`<w:hdr`), at its end
    /// for a footer (`<w:ftr`).
    pub fn with(&self, root: &str, paragraphs: &str, at_start: bool) -> String {
        if paragraphs.is_empty() {
            return self.xml.clone();
        }
        let place = if at_start {
            self.xml
                .find(&format!("<{root}"))
                .and_then(|at| self.xml[at..].find('>').map(|end| at + end + 1))
        } else {
            self.xml.rfind(&format!("</{root}>"))
        };
        match place {
            Some(i) => format!("{}{paragraphs}{}", &self.xml[..i], &self.xml[i..]),
            None => self.xml.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_part_keeps_its_images_renamed_and_its_links() {
        let part = TemplatePart {
            xml: "<w:hdr a=\"1\"><w:p/></w:hdr>".into(),
            rels: rels(
                "<Relationships><Relationship Id=\"rId1\" Type=\"t/image\" Target=\"media/image1.png\"/><Relationship Id=\"rId2\" Type=\"t/hyperlink\" Target=\"https://x.org\" TargetMode=\"External\"/><Relationship Id=\"rId3\" Type=\"t/image\" Target=\"media/fehlt.png\"/></Relationships>",
            ),
            media: vec![("media/image1.png".into(), vec![1, 2, 3])],
        };
        let (xml, files) = part.packed("kopf");
        assert!(
            xml.contains("Id=\"rId1\" Type=\"t/image\" Target=\"media/kopf1.png\""),
            "{xml}"
        );
        assert!(xml.contains("Target=\"https://x.org\" TargetMode=\"External\""));
        assert!(!xml.contains("fehlt"), "a missing image is left out");
        assert_eq!(
            files,
            [("media/kopf1.png".to_string(), [1u8, 2, 3].as_slice())]
        );
        assert_eq!(
            part.with("w:hdr", "<w:p>E</w:p>", true),
            "<w:hdr a=\"1\"><w:p>E</w:p><w:p/></w:hdr>"
        );
        assert_eq!(
            part.with("w:hdr", "<w:p>E</w:p>", false),
            "<w:hdr a=\"1\"><w:p/><w:p>E</w:p></w:hdr>"
        );
    }

    #[test]
    fn a_crafted_name_never_leaves_media_and_page_fields_are_found_as_fields() {
        assert_eq!(extension("media/a.b/../../../../x"), "bin");
        assert_eq!(extension("media/image1.PNG"), "PNG");
        assert_eq!(extension("media/bild"), "bin");
        assert!(numbers_pages(
            "<w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
        ));
        assert!(numbers_pages(
            "<w:fldSimple w:instr=\"PAGE \\* MERGEFORMAT\">"
        ));
        assert!(!numbers_pages("<w:t>HOMEPAGE der Region</w:t>"));
        assert!(!numbers_pages("<w:instrText> NUMPAGES </w:instrText>"));
    }

    #[test]
    fn targets_resolve_inside_the_package_only() {
        assert_eq!(
            resolve("word/", "media/image1.png").as_deref(),
            Some("word/media/image1.png")
        );
        assert_eq!(
            resolve("word/", "../media/logo.png").as_deref(),
            Some("media/logo.png")
        );
        assert_eq!(
            resolve("word/", "/word/media/a.png").as_deref(),
            Some("word/media/a.png")
        );
        assert_eq!(
            resolve("word/", "media/my%20logo.png").as_deref(),
            Some("word/media/my logo.png")
        );
        assert_eq!(resolve("word/", "../../etc/passwd"), None);
        assert_eq!(attr("Id='rId1' Target='a.png'", "Target"), Some("a.png"));
        assert!(numbers_pages("<w:instrText> page </w:instrText>"));
    }
}
