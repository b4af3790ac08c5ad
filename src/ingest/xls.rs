//! Old Excel workbooks (BIFF8 in a compound file) measured before calamine opens them:
//! calamine follows sector chains without looking for loops and builds every sheet as a
//! dense grid, so a damaged or hostile file is refused here, by what it declares.

/// Entries of a compound file's sector tables from this value on are markers (free, end of
/// chain, FAT or DIFAT sector), not sector numbers.
const CFB_MARKERS: u32 = 0xFFFF_FFFA;

/// The workbook stream of an old Excel file, when its container (the compound file format,
/// MS-CFB) can be read without running away: its sector tables point only at sectors the
/// file has and hold no loop, in the big sectors and in the mini sectors. Then every chain
/// calamine follows ends within the file, and what it reads is bounded by the file's size.
/// Empty when the container has no workbook stream (calamine says what is wrong then).
pub(super) fn cfb_workbook(bytes: &[u8]) -> Option<Vec<u8>> {
    let u32_at = |o: usize| -> Option<u32> {
        let b: [u8; 4] = bytes.get(o..o + 4)?.try_into().ok()?;
        Some(u32::from_le_bytes(b))
    };
    let shift = u16::from_le_bytes(bytes.get(0x1E..0x20)?.try_into().ok()?);
    if shift != 9 && shift != 12 {
        return None;
    }
    let size = 1usize << shift;
    // As calamine counts them: sector ids below this lie within the file.
    let max_id = bytes.len() / size;
    let sector = |id: u32| -> Option<Vec<u32>> {
        let start = (id as usize).checked_add(1)?.checked_mul(size)?;
        let raw = bytes.get(start..start.checked_add(size)?.min(bytes.len()))?;
        Some(
            raw.chunks_exact(4)
                .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect(),
        )
    };
    // The table of FAT sectors: 109 in the header, more in a chain of DIFAT sectors.
    let mut difat: Vec<u32> = (0..109)
        .map(|i| u32_at(0x4C + 4 * i))
        .collect::<Option<_>>()?;
    let mut next = u32_at(0x44)?;
    let mut steps = 0;
    while next < CFB_MARKERS {
        steps += 1;
        if steps > max_id {
            return None;
        }
        let mut entries = sector(next)?;
        next = entries.pop()?;
        difat.extend(entries);
    }
    let mut fat = Vec::new();
    for id in difat.into_iter().filter(|id| *id < CFB_MARKERS) {
        if id as usize >= max_id {
            return None;
        }
        fat.extend(sector(id)?);
    }
    let within = |table: &[u32], bound: usize| {
        table
            .iter()
            .all(|n| *n >= CFB_MARKERS || (*n as usize) < bound.min(table.len()))
    };
    if !within(&fat, max_id) || has_loop(&fat) {
        return None;
    }
    // The mini sectors: their table is a chain of big sectors, their data the root
    // entry's stream (the first directory entry).
    let dir_start = u32_at(0x30)?;
    let root = chain(&fat, dir_start)?.first().copied()?;
    let root_entry = (root as usize + 1) * size;
    let mini_len = u32_at(root_entry + 0x78)? as usize;
    let mut mini_fat = Vec::new();
    for id in chain(&fat, u32_at(0x3C)?)? {
        mini_fat.extend(sector(id)?);
    }
    let mini_sectors = mini_len.div_ceil(64);
    if !within(&mini_fat, mini_sectors) || has_loop(&mini_fat) {
        return None;
    }
    // The directory: 128-byte entries, each a name (UTF-16), a type, a start and a size.
    let mut dir = Vec::new();
    for id in chain(&fat, dir_start)? {
        dir.extend_from_slice(bytes.get((id as usize + 1) * size..(id as usize + 2) * size)?);
    }
    let entry = |e: &[u8]| -> Option<(String, u32, usize)> {
        let name_len = (u16::from_le_bytes([e[0x40], e[0x41]]) as usize).min(64);
        let name: Vec<u16> = e[..name_len.saturating_sub(2)]
            .chunks_exact(2)
            .map(|c| u16::from_le_bytes([c[0], c[1]]))
            .collect();
        let start = u32::from_le_bytes(e[0x74..0x78].try_into().ok()?);
        let len = u32::from_le_bytes(e[0x78..0x7C].try_into().ok()?) as usize;
        Some((String::from_utf16_lossy(&name), start, len))
    };
    let Some((_, start, len)) = dir
        .chunks_exact(128)
        .filter_map(entry)
        .find(|(n, _, _)| n == "Workbook" || n == "Book")
    else {
        return Some(Vec::new());
    };
    let cutoff = u32_at(0x38).unwrap_or(4096) as usize;
    let mut stream = Vec::with_capacity(len.min(bytes.len()));
    if len >= cutoff {
        for id in chain(&fat, start)? {
            let at = (id as usize + 1) * size;
            stream.extend_from_slice(bytes.get(at..(at + size).min(bytes.len()))?);
        }
    } else {
        let mut mini = Vec::new();
        for id in chain(&fat, root_start(&dir)?)? {
            let at = (id as usize + 1) * size;
            mini.extend_from_slice(bytes.get(at..(at + size).min(bytes.len()))?);
        }
        for id in chain(&mini_fat, start)? {
            let at = id as usize * 64;
            stream.extend_from_slice(mini.get(at..(at + 64).min(mini.len()))?);
        }
    }
    stream.truncate(len);
    Some(stream)
}

/// The start sector of the root entry's stream (the mini sectors' data).
fn root_start(dir: &[u8]) -> Option<u32> {
    Some(u32::from_le_bytes(dir.get(0x74..0x78)?.try_into().ok()?))
}

/// The cells a DIMENSIONS record declares, as calamine computes the space it reserves.
fn xls_declared_cells(r: &[u8]) -> u64 {
    let u16_at = |o: usize| u32::from(u16::from_le_bytes([r[o], r[o + 1]]));
    let u32_at = |o: usize| u32::from_le_bytes([r[o], r[o + 1], r[o + 2], r[o + 3]]);
    let (rf, rl, mut cf, cl) = match r.len() {
        10 => (u16_at(0), u16_at(2), u16_at(4), u16_at(6)),
        14 | 16 => (u32_at(0), u32_at(4), u16_at(8), u16_at(10)),
        _ => return 0,
    };
    if 0xFF < cf || cl < cf {
        cf = 0;
    }
    if rl < 1 || cl < 1 {
        return 1;
    }
    let rows = u64::from((rl - 1).wrapping_sub(rf).wrapping_add(1));
    let cols = u64::from((cl - 1).wrapping_sub(cf).wrapping_add(1));
    rows.saturating_mul(cols)
}

/// How many sheets at the cell limit an old Excel workbook may hold together.
pub(super) const XLS_SHEETS_AT_LIMIT: u64 = 4;

/// The BIFF records of `stream` from its start: (record id, data), ending where a record would
/// run past the stream (calamine stops there too).
fn xls_records(stream: &[u8]) -> impl Iterator<Item = (u16, &[u8])> {
    let mut at = 0usize;
    std::iter::from_fn(move || {
        let head = stream.get(at..at + 4)?;
        let id = u16::from_le_bytes([head[0], head[1]]);
        let len = u16::from_le_bytes([head[2], head[3]]) as usize;
        let data = stream.get(at + 4..at + 4 + len)?;
        at += 4 + len;
        Some((id, data))
    })
}

/// Per worksheet of an old Excel workbook stream (BIFF8 records), its name and the cells
/// calamine would hold or reserve for it: the rows from the first to the last cell times the
/// columns, or more when its DIMENSIONS record declares more.
///
/// Read the way calamine reads it: the sheets are found by the offsets their BOUNDSHEET
/// records give (not by walking the stream), each read to its EOF, nested substreams
/// skipped; a fuzzed file whose offsets point elsewhere than the stream's order is measured
/// where calamine will look.
pub(super) fn xls_extents(stream: &[u8]) -> Vec<(String, u64)> {
    let mut sheets = Vec::new();
    for (id, data) in xls_records(stream) {
        match id {
            // BOUNDSHEET: where a sheet begins and its name.
            0x0085 if data.len() >= 8 => {
                let pos = u32::from_le_bytes([data[0], data[1], data[2], data[3]]) as usize;
                let cch = data[6] as usize;
                let name = if data[7] & 1 == 1 {
                    let units: Vec<u16> = data[8..]
                        .chunks_exact(2)
                        .take(cch)
                        .map(|c| u16::from_le_bytes([c[0], c[1]]))
                        .collect();
                    String::from_utf16_lossy(&units)
                } else {
                    data[8..].iter().take(cch).map(|b| char::from(*b)).collect()
                };
                sheets.push((pos, name));
            }
            0x000A => break,
            _ => {}
        }
    }
    sheets
        .into_iter()
        .map(|(pos, name)| {
            let cells = stream.get(pos..).map_or(0, xls_sheet_cells);
            (name, cells)
        })
        .collect()
}

/// The cells one sheet's records (from its BOF) make calamine hold or reserve.
fn xls_sheet_cells(sheet: &[u8]) -> u64 {
    // (first row, last row, first column, last column) of the cells seen.
    let mut extent: Option<(u32, u32, u32, u32)> = None;
    // The largest reservation a DIMENSIONS record asks for, on top of the cells before it.
    let mut declared = 0u64;
    let mut cells_seen = 0u64;
    let mut seen_bof = false;
    let mut depth = 0usize;
    for (id, data) in xls_records(sheet) {
        if depth > 0 {
            match id {
                0x0809 => depth += 1,
                0x000A => depth -= 1,
                _ => {}
            }
            continue;
        }
        let u16_at = |o: usize| {
            data.get(o..o + 2)
                .map(|b| u32::from(u16::from_le_bytes([b[0], b[1]])))
        };
        match id {
            0x0809 if seen_bof => depth += 1,
            0x0809 => seen_bof = true,
            // DIMENSIONS, read as calamine reads it (its sums wrap as calamine's would).
            0x0200 => declared = declared.max(cells_seen + xls_declared_cells(data)),
            0x000A => break,
            // Cell records: row and column first; MULRK and MULBLANK end with the last column.
            0x00FD | 0x0203 | 0x027E | 0x0201 | 0x0205 | 0x0006 | 0x0204 | 0x00D6 | 0x00BD
            | 0x00BE => {
                let (Some(row), Some(col)) = (u16_at(0), u16_at(2)) else {
                    continue;
                };
                let last = if matches!(id, 0x00BD | 0x00BE) {
                    u16_at(data.len().saturating_sub(2)).unwrap_or(col).max(col)
                } else {
                    col
                };
                cells_seen += u64::from(last - col + 1);
                extent = Some(match extent {
                    None => (row, row, col, last),
                    Some((r0, r1, c0, c1)) => (r0.min(row), r1.max(row), c0.min(col), c1.max(last)),
                });
            }
            _ => {}
        }
    }
    extent
        .map_or(0, |(r0, r1, c0, c1)| {
            u64::from(r1 - r0 + 1) * u64::from(c1 - c0 + 1)
        })
        .max(declared)
}

/// The sectors of a chain from `start` (none for a marker); `None` when it leaves the
/// table. Only called on a table without loops.
fn chain(table: &[u32], start: u32) -> Option<Vec<u32>> {
    let mut out = Vec::new();
    let mut id = start;
    while id < CFB_MARKERS {
        out.push(id);
        id = *table.get(id as usize)?;
    }
    Some(out)
}

/// Whether following a sector table from any entry comes back to an entry of the same walk
/// (each entry is visited once over all walks).
fn has_loop(table: &[u32]) -> bool {
    // 0: not seen, 1: on the current walk, 2: known to end.
    let mut state = vec![0u8; table.len()];
    for start in 0..table.len() {
        let mut walk = Vec::new();
        let mut id = start;
        loop {
            match state.get(id).copied() {
                Some(0) => {
                    state[id] = 1;
                    walk.push(id);
                    let next = table[id];
                    if next >= CFB_MARKERS {
                        break;
                    }
                    id = next as usize;
                }
                Some(1) => return true,
                _ => break,
            }
        }
        for w in walk {
            state[w] = 2;
        }
    }
    false
}

pub(super) fn contains_utf16(hay: &[u8], needle: &str) -> bool {
    let pattern: Vec<u8> = needle
        .encode_utf16()
        .flat_map(|u| u.to_le_bytes())
        .collect();
    hay.windows(pattern.len()).any(|w| w == pattern.as_slice())
}

#[cfg(test)]
mod tests {
    /// A BIFF8 record.
    fn record(id: u16, data: &[u8]) -> Vec<u8> {
        let mut r = id.to_le_bytes().to_vec();
        r.extend((data.len() as u16).to_le_bytes());
        r.extend(data);
        r
    }

    #[test]
    fn every_entry_of_the_xls_sheet_list_is_measured_where_it_points() {
        // Globals: 200 sheet-list entries all pointing at one sheet, which declares 2,000 ×
        // 1,000 cells. Each alone is under a limit of 2,000,000; together they are not.
        let bof = record(
            0x0809,
            &[0x00, 0x06, 0x05, 0x00, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
        );
        let entry_len = 4 + 8 + 2;
        let globals_len = bof.len() + 200 * entry_len + 4;
        let mut stream = bof.clone();
        for i in 0..200u32 {
            let mut data = (globals_len as u32).to_le_bytes().to_vec();
            data.extend([0, 0, 2, 0]);
            data.extend(format!("{:02}", i % 100).as_bytes());
            stream.extend(record(0x0085, &data));
        }
        stream.extend(record(0x000A, &[]));
        assert_eq!(stream.len(), globals_len);
        let mut sheet_bof = bof.clone();
        sheet_bof[6] = 0x10;
        stream.extend(sheet_bof);
        let mut dims = 0u32.to_le_bytes().to_vec();
        dims.extend(2000u32.to_le_bytes());
        dims.extend(0u16.to_le_bytes());
        dims.extend(1000u16.to_le_bytes());
        dims.extend([0, 0]);
        stream.extend(record(0x0200, &dims));
        stream.extend(record(0x000A, &[]));
        let extents = super::xls_extents(&stream);
        assert_eq!(extents.len(), 200);
        assert!(
            extents.iter().all(|(_, c)| *c == 2_000_000),
            "{:?}",
            &extents[..2]
        );
        let total: u64 = extents.iter().map(|(_, c)| c).sum();
        assert!(total > 2_000_000 * super::XLS_SHEETS_AT_LIMIT);
    }
}
