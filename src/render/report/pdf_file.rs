//! Writes a lopdf document with object streams and a cross-reference stream, byte for byte
//! as lopdf's `Document::save_modern` does, but without its costs on a large report: lopdf
//! clones every object into its object streams and serializes each one three times. Here
//! each object is moved out, serialized once and dropped, and the object streams are built
//! and compressed on all cores. A test checks the bytes against lopdf's own writer.

use std::io::Write;

use lopdf::xref::XrefEntry;
use lopdf::{Dictionary, Object, ObjectId, StringFormat};
use rayon::prelude::*;

/// Where each object is: its offset, or its object stream and place there.
type Xref = std::collections::BTreeMap<u32, XrefEntry>;

/// Objects per object stream, as lopdf's default `ObjectStreamConfig`.
const PER_STREAM: usize = 100;

/// Objects of a document already in PDF syntax, each to go into an object stream. A large
/// report's structure tree has a hundred thousand small dictionaries; held as lopdf objects
/// they took about 200 MB (1.8 KB each), as bytes a tenth of it.
#[derive(Default)]
pub struct Prewritten(std::collections::BTreeMap<u32, Vec<u8>>);

impl Prewritten {
    /// Adds an object of `doc` under `id`: written out now when it is one that goes into an
    /// object stream, else put into the document as it is.
    pub fn add(&mut self, doc: &mut lopdf::Document, id: ObjectId, object: Object) {
        if id.1 == 0 && can_be_packed(id, &object, None, false) && !is_special(&object) {
            let mut bytes = Vec::new();
            write_object(&mut bytes, &object);
            self.0.insert(id.0, bytes);
        } else {
            doc.objects.insert(id, object);
        }
    }
}

/// Whether an object's packing depends on the document (encryption, linearization).
fn is_special(object: &Object) -> bool {
    matches!(object, Object::Dictionary(d)
        if d.get(b"Type").and_then(Object::as_name).ok() == Some(b"Catalog".as_slice())
            || d.has(b"Linearized"))
}

/// An object going into the file: as lopdf holds it, or already written.
enum Item {
    Object(Object),
    Written(Vec<u8>),
}

/// The document with its prewritten objects as PDF bytes, consuming both.
pub fn save_with(mut doc: lopdf::Document, written: Prewritten) -> Result<Vec<u8>, String> {
    if doc.version.as_str() < "1.5" {
        doc.version = "1.5".to_string();
    }
    if !doc.binary_mark.iter().all(|&b| b >= 128) {
        return Err("invalid binary mark".into());
    }
    let encrypt = doc
        .trailer
        .get(b"Encrypt")
        .and_then(Object::as_reference)
        .ok();
    let linearized = doc
        .objects
        .values()
        .any(|o| matches!(o, Object::Dictionary(d) if d.has(b"Linearized")));
    if encrypt.is_some_and(|e| written.0.contains_key(&e.0)) {
        return Err("the encryption dictionary cannot be prewritten".into());
    }
    let objects = std::mem::take(&mut doc.objects);
    let mut direct: Vec<(ObjectId, Object)> = Vec::new();
    let mut packed: Vec<Vec<(ObjectId, Item)>> = Vec::new();
    let mut pack = |id: ObjectId, item: Item| match packed.last_mut() {
        Some(group) if group.len() < PER_STREAM => group.push((id, item)),
        _ => packed.push(vec![(id, item)]),
    };
    // Both in the order of their ids, merged.
    let mut written = written.0.into_iter().peekable();
    for (id, object) in objects {
        while let Some((w, bytes)) = written.next_if(|(w, _)| (*w, 0) < id) {
            pack((w, 0), Item::Written(bytes));
        }
        if written.peek().is_some_and(|(w, _)| (*w, 0) == id) {
            return Err(format!("object {} is there twice", id.0));
        }
        if is_object_stream(&object) {
            continue;
        }
        if id.1 == 0 && can_be_packed(id, &object, encrypt, linearized) {
            pack(id, Item::Object(object));
        } else {
            direct.push((id, object));
        }
    }
    for (id, bytes) in written {
        pack((id, 0), Item::Written(bytes));
    }
    // Each object stream is serialized and compressed on its own; the objects go with it.
    let streams: Vec<Result<Packed, String>> = packed.into_par_iter().map(object_stream).collect();
    let streams = streams.into_iter().collect::<Result<Vec<_>, String>>()?;

    let mut out = Vec::new();
    let mut xref = Xref::new();
    let _ = writeln!(out, "%PDF-{}", doc.version);
    out.push(b'%');
    out.extend_from_slice(&doc.binary_mark);
    out.push(b'\n');
    for ((id, generation), object) in direct {
        indirect(&mut out, &mut xref, id, generation, &object);
    }
    let mut max_id = doc.max_id;
    for (k, (members, bytes)) in streams.into_iter().enumerate() {
        let stream_id = doc.max_id + 1 + k as u32;
        for (index, id) in members.iter().enumerate() {
            xref.insert(
                *id,
                XrefEntry::Compressed {
                    container: stream_id,
                    index: index as u16,
                },
            );
        }
        xref.insert(
            stream_id,
            XrefEntry::Normal {
                offset: out.len() as u32,
                generation: 0,
            },
        );
        let _ = writeln!(out, "{stream_id} 0 obj");
        out.extend_from_slice(&bytes);
        out.extend_from_slice(b" \nendobj\n");
        max_id = stream_id;
    }
    let xref_start = out.len() as u32;
    cross_reference_stream(&mut out, &mut doc.trailer, &mut xref, max_id, xref_start);
    let _ = write!(out, "\nstartxref\n{xref_start}\n%%EOF");
    Ok(out)
}

/// An existing object stream, which lopdf leaves out and makes anew.
fn is_object_stream(object: &Object) -> bool {
    matches!(object, Object::Stream(s)
        if s.dict.get(b"Type").and_then(Object::as_name).ok() == Some(b"ObjStm".as_slice()))
}

/// lopdf's `ObjectStream::can_be_compressed`.
fn can_be_packed(
    id: ObjectId,
    object: &Object,
    encrypt: Option<ObjectId>,
    linearized: bool,
) -> bool {
    if matches!(object, Object::Stream(_)) || encrypt == Some(id) {
        return false;
    }
    if let Object::Dictionary(d) = object
        && let Ok(name) = d.get(b"Type").and_then(Object::as_name)
    {
        return match name {
            b"XRef" | b"ObjStm" => false,
            b"Catalog" => !linearized,
            _ => true,
        };
    }
    true
}

/// An object stream: the ids it holds, in order, and its body as an indirect object.
type Packed = (Vec<u32>, Vec<u8>);

/// One object stream as an indirect object's body (dictionary and stream), with the ids it
/// holds in order.
fn object_stream(objects: Vec<(ObjectId, Item)>) -> Result<Packed, String> {
    let mut table: Vec<u8> = Vec::new();
    let mut body = Vec::new();
    let mut ids = Vec::with_capacity(objects.len());
    for ((id, _), item) in objects {
        let _ = write!(table, "{id} {} ", body.len());
        match item {
            Item::Object(object) => write_object(&mut body, &object),
            Item::Written(bytes) => body.extend_from_slice(&bytes),
        }
        body.push(b' ');
        ids.push(id);
    }
    let first = table.len();
    let mut content = table;
    content.extend_from_slice(&body);
    drop(body);
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    z.write_all(&content).map_err(|e| e.to_string())?;
    let compressed = z.finish().map_err(|e| e.to_string())?;
    let mut out = Vec::with_capacity(compressed.len() + 80);
    let _ = writeln!(
        out,
        "<</Type/ObjStm/N {}/First {first}/Length {}/Filter/FlateDecode>>stream",
        ids.len(),
        compressed.len()
    );
    out.extend_from_slice(&compressed);
    out.extend_from_slice(b"\nendstream");
    Ok((ids, out))
}

/// Writes one indirect object and notes its offset.
fn indirect(out: &mut Vec<u8>, xref: &mut Xref, id: u32, generation: u16, object: &Object) {
    xref.insert(
        id,
        XrefEntry::Normal {
            offset: out.len() as u32,
            generation,
        },
    );
    let _ = write!(
        out,
        "{id} {generation} obj\n{}",
        if needs_space(object) { " " } else { "" }
    );
    write_object(out, object);
    let _ = write!(
        out,
        "{}\nendobj\n",
        if needs_end_space(object) { " " } else { "" }
    );
}

/// The cross-reference stream, written as lopdf writes it (its entries in sections of
/// consecutive ids; the trailer becomes its dictionary).
fn cross_reference_stream(
    out: &mut Vec<u8>,
    trailer: &mut Dictionary,
    xref: &mut Xref,
    max_id: u32,
    xref_start: u32,
) {
    let own = max_id + 1;
    xref.insert(
        own,
        XrefEntry::Normal {
            offset: xref_start,
            generation: 0,
        },
    );
    trailer.set("Type", Object::Name(b"XRef".to_vec()));
    trailer.set("Size", i64::from(own + 1));
    trailer.set(
        "W",
        Object::Array(vec![
            Object::Integer(1),
            Object::Integer(4),
            Object::Integer(2),
        ]),
    );
    let mut stream = Vec::new();
    let mut index = Vec::new();
    let mut section: Option<(u32, u32)> = None;
    for id in 1..=own {
        let Some(entry) = xref.get(&id) else {
            if let Some((start, n)) = section.take() {
                index.extend([
                    Object::Integer(i64::from(start)),
                    Object::Integer(i64::from(n)),
                ]);
            }
            continue;
        };
        section = Some(section.map_or((id, 1), |(start, n)| (start, n + 1)));
        match entry {
            XrefEntry::Free => {
                stream.push(0);
                stream.extend(id.to_be_bytes());
                stream.extend([0, 0]);
            }
            XrefEntry::UnusableFree => {
                stream.push(0);
                stream.extend(id.to_be_bytes());
                stream.extend(65535_u16.to_be_bytes());
            }
            XrefEntry::Normal { offset, generation } => {
                stream.push(1);
                stream.extend(offset.to_be_bytes());
                stream.extend(generation.to_be_bytes());
            }
            XrefEntry::Compressed { container, index } => {
                stream.push(2);
                stream.extend(container.to_be_bytes());
                stream.extend(index.to_be_bytes());
            }
        }
    }
    if let Some((start, n)) = section {
        index.extend([
            Object::Integer(i64::from(start)),
            Object::Integer(i64::from(n)),
        ]);
    }
    trailer.set("Index", Object::Array(index));
    trailer.remove(b"Filter");
    trailer.set("Length", stream.len() as i64);
    let _ = writeln!(out, "{own} 0 obj");
    write_dictionary(out, trailer);
    out.extend_from_slice(b"stream\n");
    out.extend_from_slice(&stream);
    out.extend_from_slice(b"\nendstream");
    out.extend_from_slice(b" \nendobj\n");
}

/// Whether a space goes before the object (after a key or an array element).
fn needs_space(object: &Object) -> bool {
    matches!(
        object,
        Object::Null
            | Object::Boolean(_)
            | Object::Integer(_)
            | Object::Real(_)
            | Object::Reference(_)
    )
}

/// Whether a space goes after the object before `endobj`.
fn needs_end_space(object: &Object) -> bool {
    needs_space(object) || matches!(object, Object::Name(_) | Object::Stream(_))
}

/// One object in PDF syntax, as lopdf's writer spells it.
fn write_object(out: &mut Vec<u8>, object: &Object) {
    match object {
        Object::Null => out.extend_from_slice(b"null"),
        Object::Boolean(true) => out.extend_from_slice(b"true"),
        Object::Boolean(false) => out.extend_from_slice(b"false"),
        Object::Integer(v) => {
            let _ = write!(out, "{v}");
        }
        Object::Real(v) => {
            let _ = write!(out, "{v}");
        }
        Object::Name(name) => write_name(out, name),
        Object::String(text, format) => write_string(out, text, format),
        Object::Array(items) => {
            out.push(b'[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 && needs_space(item) {
                    out.push(b' ');
                }
                write_object(out, item);
            }
            out.push(b']');
        }
        Object::Dictionary(d) => write_dictionary(out, d),
        Object::Stream(s) => {
            write_dictionary(out, &s.dict);
            out.extend_from_slice(b"stream\n");
            out.extend_from_slice(&s.content);
            out.extend_from_slice(b"\nendstream");
        }
        Object::Reference((id, generation)) => {
            let _ = write!(out, "{id} {generation} R");
        }
    }
}

fn write_dictionary(out: &mut Vec<u8>, d: &Dictionary) {
    out.extend_from_slice(b"<<");
    for (key, value) in d.iter() {
        write_name(out, key);
        if needs_space(value) {
            out.push(b' ');
        }
        write_object(out, value);
    }
    out.extend_from_slice(b">>");
}

fn write_name(out: &mut Vec<u8>, name: &[u8]) {
    out.push(b'/');
    for &b in name {
        if b" \t\n\r\x0C()<>[]{}/%#".contains(&b) || !(33..=126).contains(&b) {
            let _ = write!(out, "#{b:02X}");
        } else {
            out.push(b);
        }
    }
}

fn write_string(out: &mut Vec<u8>, text: &[u8], format: &StringFormat) {
    match format {
        StringFormat::Literal => {
            // Backslashes, carriage returns and unbalanced parentheses are escaped.
            let mut escape = Vec::new();
            let mut open = Vec::new();
            for (i, &b) in text.iter().enumerate() {
                match b {
                    b'(' => open.push(i),
                    // A closing one without an opening one is escaped.
                    b')' => match open.pop() {
                        Some(_) => {}
                        None => escape.push(i),
                    },
                    b'\\' | b'\r' => escape.push(i),
                    _ => {}
                }
            }
            escape.append(&mut open);
            out.push(b'(');
            if escape.is_empty() {
                out.extend_from_slice(text);
            } else {
                for (i, &b) in text.iter().enumerate() {
                    if escape.contains(&i) {
                        out.push(b'\\');
                        out.push(if b == b'\r' { b'r' } else { b });
                    } else {
                        out.push(b);
                    }
                }
            }
            out.push(b')');
        }
        StringFormat::Hexadecimal => {
            out.push(b'<');
            for &b in text {
                let _ = write!(out, "{b:02X}");
            }
            out.push(b'>');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lopdf::{Stream, dictionary};

    /// A document with every kind of object, more than one object stream's worth of them,
    /// names and strings that need escaping, and streams written directly.
    fn sample() -> lopdf::Document {
        let mut doc = lopdf::Document::with_version("1.7");
        let pages = doc.new_object_id();
        let mut kids = Vec::new();
        for i in 0..130 {
            let content = doc.add_object(Stream::new(
                dictionary! {},
                format!("BT /F1 12 Tf 72 {} Td (Zeile {i}) Tj ET", 700 - i).into_bytes(),
            ));
            let page = doc.add_object(dictionary! {
                "Type" => "Page",
                "Parent" => pages,
                "Contents" => content,
                "MediaBox" => vec![0.into(), 0.into(), 595.5.into(), 842.25.into()],
            });
            kids.push(page.into());
        }
        doc.objects.insert(
            pages,
            Object::Dictionary(dictionary! {
                "Type" => "Pages",
                "Count" => kids.len() as i64,
                "Kids" => kids,
            }),
        );
        let odd = doc.add_object(dictionary! {
            "Name with space#(x)" => Object::Name(b"A B/\xC3\xA4".to_vec()),
            "Lit" => Object::String(b"a (b) c) \\ d\r(e".to_vec(), StringFormat::Literal),
            "Hex" => Object::String(vec![0xFE, 0xFF, 0, 0xE4], StringFormat::Hexadecimal),
            "Real" => Object::Real(-0.125),
            "Flags" => vec![Object::Boolean(true), Object::Boolean(false), Object::Null],
            "Nested" => dictionary! { "K" => vec![Object::Integer(-3), Object::Reference((2, 0))] },
        });
        let catalog = doc.add_object(dictionary! {
            "Type" => "Catalog",
            "Pages" => pages,
            "Extra" => odd,
        });
        doc.trailer.set("Root", catalog);
        doc.trailer.set(
            "ID",
            Object::Array(vec![
                Object::String(b"abc".to_vec(), StringFormat::Literal),
                Object::String(b"abc".to_vec(), StringFormat::Literal),
            ]),
        );
        doc.compress();
        doc
    }

    #[test]
    fn the_same_bytes_as_lopdf_writes() {
        let mut theirs = Vec::new();
        sample().save_modern(&mut theirs).unwrap();
        let ours = save_with(sample(), Prewritten::default()).unwrap();
        assert!(theirs.len() > 2000);
        assert!(ours == theirs, "{}", String::from_utf8_lossy(&ours));
    }

    #[test]
    fn prewritten_objects_give_the_same_bytes() {
        let mut theirs = Vec::new();
        sample().save_modern(&mut theirs).unwrap();
        // Every other object prewritten, so written and held objects share object streams;
        // the catalog and the streams stay in the document.
        let mut doc = sample();
        let mut written = Prewritten::default();
        let ids: Vec<ObjectId> = doc.objects.keys().copied().step_by(2).collect();
        for id in ids {
            let object = doc.objects.remove(&id).unwrap();
            written.add(&mut doc, id, object);
        }
        assert!(written.0.len() > 50);
        assert!(doc.objects.values().any(is_special));
        let ours = save_with(doc, written).unwrap();
        assert!(ours == theirs, "{}", String::from_utf8_lossy(&ours));
    }
}
