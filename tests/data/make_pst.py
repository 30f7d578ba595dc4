#!/usr/bin/env python3
"""Writes a small Unicode Outlook PST archive for dsar's tests (standard library only).

    make_pst.py OUT.pst [--eml OUT.eml] [--encode-table HEX] [--probe]

What of MS-PST ([MS-PST], Outlook Personal Folders File Format) this implements:

* NDB layer: the 564-byte Unicode HEADER (wVer 23, no encryption, both CRCs),
  one AMap page at 0x4400 marking what is allocated (and the
  deprecated PMap page at 0x4600), the node B-tree (NBT) and
  block B-tree (BBT) as 512-byte BTPAGEs (leaf pages plus one intermediate
  level when the leaves do not fit one page) with page trailers, signatures and
  CRCs; data blocks (64-byte aligned, BLOCKTRAILER with signature and CRC);
  XBLOCKs for node data over 8176 bytes; SLBLOCKs for subnode trees.
* LTP layer: heap-on-node (single-block heaps: HNHDR and HNPAGEMAP), BTH,
  property contexts (PC, client signature 0xBC) and table contexts (TC, 0x7C:
  TCINFO, column descriptors, row index BTH, row matrix, cell existence bitmap).
  A property value over 1024 bytes is kept in a subnode, not in the heap.
* Messaging layer: message store (record key, display name, IPM subtree entry
  id), an empty name-to-id map, the root folder, "Top of Personal Folders"
  with Inbox (and a nested folder) and Sent Items, each folder with its
  hierarchy, contents and associated contents tables; messages with subject,
  sender name and address, PR_DISPLAY_TO/CC, a recipient table (To/Cc), client
  submit and delivery times, PR_INTERNET_MESSAGE_ID, PR_IN_REPLY_TO_ID, plain
  body, optional HTML body, and an attachment table with attachments by value
  (PR_ATTACH_DATA_BIN, filenames, MIME type).

Encryption: none (NDB_CRYPT_NONE), or NDB_CRYPT_PERMUTE with a table given
on the command line (see PROBE below): data blocks are stored encoded, with
the CRC of the stored bytes.

Not implemented (not needed for a small archive): multi-block heaps, BTHs of
more than one level, NDB_CRYPT_CYCLIC, the density list, search folders,
named properties beyond one entry of the name-to-id map. Every person in the archive is invented.
"""
import struct
import sys
import zlib

# --------------------------------------------------------------------------- NDB

PAGE = 512
BLOCK_MAX = 8176          # data bytes in one block (8192 - 16-byte trailer)
FIRST_AMAP = 0x4400
FIRST_PMAP = 0x4600       # deprecated page map: present, all pages marked in use
AMAP_SPAN = 496 * 8 * 64  # bytes one AMap page covers


def crc(data):
    """MS-PST CRC: CRC-32 (0xEDB88320) with initial value 0 and no final XOR."""
    return zlib.crc32(data, 0xFFFFFFFF) ^ 0xFFFFFFFF


def sig(ib, bid):
    ib ^= bid
    return ((ib >> 16) ^ ib) & 0xFFFF


class Ndb:
    """Lays out blocks and pages after the AMap page and builds the two B-trees."""

    def __init__(self, encode=None):
        self.encode = encode   # NDB_CRYPT_PERMUTE: the 256-byte encoding table, or None
        self.out = bytearray(FIRST_PMAP + PAGE)  # header, free space, AMap and PMap pages
        self.next_bid = 4      # data block ids: multiples of 4
        self.next_pbid = 4     # page ids
        self.bbt = []          # (bid, ib, cb)
        self.nbt = []          # (nid, bid_data, bid_sub, nid_parent)

    def _append(self, raw, align):
        while len(self.out) % align:
            self.out.append(0)
        ib = len(self.out)
        self.out += raw
        return ib

    def block(self, data, internal=False):
        assert len(data) <= BLOCK_MAX
        bid = self.next_bid | (2 if internal else 0)
        self.next_bid += 4
        size = (len(data) + 16 + 63) // 64 * 64
        ib = len(self.out) + (-len(self.out)) % 64
        if self.encode and not internal:  # data blocks are stored encoded; the CRC is of what is stored
            data = bytes(data).translate(self.encode)
        raw = bytearray(data) + bytes(size - 16 - len(data))
        raw += struct.pack('<HHIQ', len(data), sig(ib, bid), crc(bytes(data)), bid)
        self._append(raw, 64)
        self.bbt.append((bid, ib, len(data)))
        return bid

    def data(self, data):
        """A node's data: one block, or an XBLOCK of blocks when it is larger."""
        if len(data) <= BLOCK_MAX:
            return self.block(data)
        bids = [self.block(data[i:i + BLOCK_MAX]) for i in range(0, len(data), BLOCK_MAX)]
        assert len(bids) <= (BLOCK_MAX - 8) // 8
        x = struct.pack('<BBHI', 1, 1, len(bids), len(data)) + b''.join(struct.pack('<Q', b) for b in bids)
        return self.block(x, internal=True)

    def subnodes(self, entries):
        """SLBLOCK for a subnode tree: entries are (nid, bid_data, bid_sub)."""
        if not entries:
            return 0
        entries = sorted(entries)
        raw = struct.pack('<BBHI', 2, 0, len(entries), 0)
        raw += b''.join(struct.pack('<QQQ', n, d, s) for n, d, s in entries)
        return self.block(raw, internal=True)

    def node(self, nid, data, parent=0, subs=()):
        self.nbt.append((nid, self.data(data), self.subnodes(list(subs)), parent))

    def _page(self, ptype, body, bid):
        ib = len(self.out) + (-len(self.out)) % PAGE
        assert len(body) == 496
        trailer = struct.pack('<BBHIQ', ptype, ptype, sig(ib, bid), crc(body), bid)
        self._append(body + trailer, PAGE)
        return ib

    def _btree(self, ptype, entries, cb_ent, pack):
        """Writes leaf pages and, when needed, intermediate levels; returns (bid, ib) of the root."""
        level, items = 0, [(e[0], pack(e)) for e in sorted(entries)]
        while True:
            per = 488 // cb_ent
            pages = []
            for i in range(0, len(items), per):
                chunk = items[i:i + per]
                body = b''.join(p for _, p in chunk).ljust(488, b'\0')
                body += struct.pack('<BBBBI', len(chunk), per, cb_ent, level, 0)
                bid = self.next_pbid
                self.next_pbid += 4
                pages.append((chunk[0][0], bid, self._page(ptype, body, bid)))
            if len(pages) == 1:
                return pages[0][1], pages[0][2]
            level += 1
            cb_ent = 24
            items = [(k, struct.pack('<QQQ', k, bid, ib)) for k, bid, ib in pages]

    def finish(self):
        nbt = self._btree(0x81, self.nbt, 32, lambda e: struct.pack('<QQQII', e[0], e[1], e[2], e[3], 0))
        # The BBT lists every block; its own pages are not blocks.
        bbt = self._btree(0x80, self.bbt, 24, lambda e: struct.pack('<QQHHI', e[0], e[1], e[2], 1, 0))
        eof = len(self.out) + (-len(self.out)) % PAGE
        self.out += bytes(eof - len(self.out))
        assert eof <= FIRST_AMAP + AMAP_SPAN, 'one AMap page only'
        # AMap: one bit per 64 bytes from FIRST_AMAP, MSB first; all in use up to EOF.
        used = (eof - FIRST_AMAP) // 64
        amap = bytearray(496)
        for i in range(used):
            amap[i // 8] |= 0x80 >> (i % 8)
        trailer = struct.pack('<BBHIQ', 0x84, 0x84, 0, crc(bytes(amap)), FIRST_AMAP)
        self.out[FIRST_AMAP:FIRST_AMAP + PAGE] = bytes(amap) + trailer
        pmap = b'\xff' * 496
        self.out[FIRST_PMAP:FIRST_PMAP + PAGE] = pmap + struct.pack('<BBHIQ', 0x83, 0x83, 0, crc(pmap), FIRST_PMAP)
        free = (AMAP_SPAN - used * 64)
        self._header(eof, nbt, bbt, free)
        return bytes(self.out)

    def _header(self, eof, nbt, bbt, free):
        h = bytearray(564)
        h[0:4] = b'!BDN'
        struct.pack_into('<HHHBB', h, 8, 0x4D53, 23, 19, 1, 1)
        struct.pack_into('<QQI', h, 24, 0, self.next_pbid, 0x100)
        for t in range(32):  # rgnid: the next free nidIndex per NID type, past anything used here
            struct.pack_into('<I', h, 44 + 4 * t, 0x8000)
        root = struct.pack('<IQQQQQQQQBBH', 0, eof, FIRST_AMAP, free, 0, nbt[0], nbt[1], bbt[0], bbt[1], 2, 0, 0)
        h[180:252] = root
        h[256:512] = b'\xff' * 256
        struct.pack_into('<BBH', h, 512, 0x80, 1 if self.encode else 0, 0)  # bSentinel, bCryptMethod
        struct.pack_into('<Q', h, 516, self.next_bid)
        struct.pack_into('<I', h, 4, crc(bytes(h[8:8 + 471])))
        struct.pack_into('<I', h, 524, crc(bytes(h[8:8 + 516])))
        self.out[0:564] = h


# --------------------------------------------------------------------------- LTP

PT_I32, PT_BOOL, PT_I64, PT_STR, PT_TIME, PT_BIN = 0x0003, 0x000B, 0x0014, 0x001F, 0x0040, 0x0102
PT_OBJ = 0x000D  # an embedded message: (subnode NID, size) in the heap
FIXED = {PT_I32: 4, PT_BOOL: 1, PT_I64: 8, PT_TIME: 8}
LARGE = 1024  # values larger than this go to a subnode


def encode(ptype, value):
    if ptype == PT_STR:
        return value.encode('utf-16-le')
    if ptype == PT_BIN:
        return bytes(value)
    if ptype == PT_OBJ:
        return struct.pack('<II', *value)
    if ptype == PT_I32:
        return struct.pack('<i', value)
    if ptype == PT_BOOL:
        return struct.pack('<B', 1 if value else 0)
    return struct.pack('<q', value)  # PT_I64, PT_TIME


class Heap:
    """A heap-on-node in one block; allocations get HIDs 0x20, 0x40, ..."""

    def __init__(self, client_sig, ndb, subs, next_sub):
        self.client_sig, self.ndb, self.subs, self.next_sub = client_sig, ndb, subs, next_sub
        self.allocs = []
        self.root = 0

    def alloc(self, data):
        self.allocs.append(bytes(data))
        return len(self.allocs) << 5

    def hnid(self, data):
        """HID for small data, subnode NID (type NID_TYPE_LTP) for large data; 0 when empty."""
        if not data:
            return 0
        if len(data) > LARGE:
            nid = (self.next_sub() << 5) | 0x1F
            self.subs.append((nid, self.ndb.data(data), 0))
            return nid
        return self.alloc(data)

    def bytes(self):
        body = bytearray(12)
        offsets = []
        for a in self.allocs:
            offsets.append(len(body))
            body += a
        offsets.append(len(body))
        if len(body) % 2:
            body.append(0)
        ib_map = len(body)
        body += struct.pack('<HH', len(self.allocs), 0) + b''.join(struct.pack('<H', o) for o in offsets)
        struct.pack_into('<HBBII', body, 0, ib_map, 0xEC, self.client_sig, self.root, 0)
        assert len(body) <= BLOCK_MAX, 'heap too large for one block'
        return bytes(body)


def bth(heap, cb_key, cb_ent, records):
    """A one-level BTH of (key bytes, value bytes) records; returns its header's HID."""
    records = sorted(records)
    hid_root = heap.alloc(b''.join(k + v for k, v in records)) if records else 0
    return heap.alloc(struct.pack('<BBBBI', 0xB5, cb_key, cb_ent, 0, hid_root))


class Sub:
    """Allocates subnode NIDs within one node."""

    def __init__(self):
        self.n = 0x400

    def __call__(self):
        self.n += 1
        return self.n


def pc(ndb, props, subs, next_sub):
    """Property context bytes for {(id, type): value}; large values are added to `subs`."""
    heap = Heap(0xBC, ndb, subs, next_sub)
    records = []
    for (pid, ptype), value in props.items():
        raw = encode(ptype, value)
        if ptype in (PT_I32, PT_BOOL):
            ref = struct.unpack('<I', raw.ljust(4, b'\0'))[0]
        else:
            ref = heap.hnid(raw)
        records.append((struct.pack('<H', pid), struct.pack('<HI', ptype, ref)))
    heap.root = bth(heap, 2, 6, records)
    return heap.bytes()


def tc(ndb, columns, rows, subs, next_sub):
    """Table context bytes. columns: [(id, type)]; rows: [(row_id, {(id, type): value})]."""
    heap = Heap(0x7C, ndb, subs, next_sub)
    cols = [(0x67F2, PT_I32), (0x67F3, PT_I32)] + [c for c in columns if c[0] not in (0x67F2, 0x67F3)]
    size = {c: FIXED.get(c[1], 4) for c in cols}
    # RowId and RowVer must be the first two 4-byte cells at offsets 0 and 4.
    order = [(0x67F2, PT_I32), (0x67F3, PT_I32)] + [c for c in cols[2:] if size[c] == 8] + \
            [c for c in cols[2:] if size[c] == 4] + [c for c in cols[2:] if size[c] == 2] + \
            [c for c in cols[2:] if size[c] == 1]
    layout, ib = {}, 0
    for c in order:
        layout[c] = ib
        ib += size[c]
    tci_4b = max([layout[c] + size[c] for c in order if size[c] >= 4])
    tci_2b = max([tci_4b] + [layout[c] + size[c] for c in order if size[c] == 2])
    tci_1b = max([tci_2b] + [layout[c] + size[c] for c in order if size[c] == 1])
    row_size = tci_1b + (len(order) + 7) // 8
    ibit = {c: i for i, c in enumerate(order)}
    matrix = bytearray()
    index = []
    for n, (row_id, values) in enumerate(rows):
        row = bytearray(row_size)
        values = dict(values)
        values[(0x67F2, PT_I32)] = row_id
        values[(0x67F3, PT_I32)] = n + 1
        for c in order:
            if c not in values:
                continue
            raw = encode(c[1], values[c])
            if c[1] in FIXED:
                cell = raw
            else:
                cell = struct.pack('<I', heap.hnid(raw))
            row[layout[c]:layout[c] + len(cell)] = cell
            row[tci_1b + ibit[c] // 8] |= 0x80 >> (ibit[c] % 8)
        matrix += row
        index.append((struct.pack('<I', row_id), struct.pack('<I', n)))
    hid_rows = heap.hnid(bytes(matrix)) if matrix else 0
    hid_index = bth(heap, 4, 4, index)
    info = struct.pack('<BBHHHHIII', 0x7C, len(order), tci_4b, tci_2b, tci_1b, row_size, hid_index, hid_rows, 0)
    for c in sorted(order, key=lambda c: (c[0] << 16) | c[1]):
        info += struct.pack('<IHBB', (c[0] << 16) | c[1], layout[c], size[c], ibit[c])
    heap.root = heap.alloc(info)
    return heap.bytes()


# --------------------------------------------------------------------------- messaging

NID_MESSAGE_STORE, NID_NAME_TO_ID_MAP, NID_ROOT_FOLDER = 0x21, 0x61, 0x122
NID_ATTACHMENT_TABLE, NID_RECIPIENT_TABLE = 0x671, 0x692
STORE_UID = bytes(range(0x10, 0x20))
PSETID_COMMON = bytes.fromhex('0820060000000000c000000000000046')  # {00062008-0000-0000-C000-000000000046}

HIER_COLS = [(0x3001, PT_STR), (0x3602, PT_I32), (0x3603, PT_I32), (0x360A, PT_BOOL), (0x3613, PT_STR)]
CONTENTS_COLS = [(0x001A, PT_STR), (0x0037, PT_STR), (0x0C1A, PT_STR), (0x0E04, PT_STR),
                 (0x0E06, PT_TIME), (0x0E07, PT_I32), (0x0E08, PT_I32)]
RECIP_COLS = [(0x0C15, PT_I32), (0x3001, PT_STR), (0x3002, PT_STR), (0x3003, PT_STR), (0x39FE, PT_STR)]
ATTACH_COLS = [(0x0E20, PT_I32), (0x3704, PT_STR), (0x3705, PT_I32), (0x3707, PT_STR), (0x370B, PT_I32)]


def filetime(iso):
    """'2024-03-05 09:30' (UTC) -> FILETIME."""
    import datetime
    t = datetime.datetime.strptime(iso, '%Y-%m-%d %H:%M').replace(tzinfo=datetime.timezone.utc)
    epoch = datetime.datetime(1601, 1, 1, tzinfo=datetime.timezone.utc)
    return int((t - epoch).total_seconds()) * 10_000_000


def entry_id(nid):
    return bytes(4) + STORE_UID + struct.pack('<I', nid)


class Writer:
    def __init__(self, encode=None):
        self.ndb = Ndb(encode)
        self.index = 0x400

    def nid(self, ntype):
        self.index += 1
        return (self.index << 5) | ntype

    def write(self, root):
        """root: {'name', 'folders': [folder]}, folder: {'name', 'messages', 'folders'}."""
        ndb = self.ndb
        subs = []
        top = self.nid(0x02)
        ndb.node(NID_MESSAGE_STORE, pc(ndb, {
            (0x0FF9, PT_BIN): STORE_UID,                  # PR_RECORD_KEY
            (0x3001, PT_STR): root['name'],               # PR_DISPLAY_NAME
            (0x35DF, PT_I32): 0x01,                       # PR_VALID_FOLDER_MASK: IPM subtree
            (0x35E0, PT_BIN): entry_id(top),              # PR_IPM_SUBTREE_ENTRYID
            (0x67FF, PT_I32): 0,                          # PR_PST_PASSWORD
        }, subs, Sub()))
        assert not subs
        # Name-to-id map with one numeric named property, PidLidPrivate
        # (PSETID_Common, LID 0x8506) as 0x8000: readers refuse an empty one.
        lid, wguid = 0x8506, 3                            # 3 = first GUID of the GUID stream
        nameid = struct.pack('<IHH', lid, wguid << 1, 0)
        ndb.node(NID_NAME_TO_ID_MAP, pc(ndb, {
            (0x0001, PT_I32): 251,                        # PidTagNameidBucketCount
            (0x0002, PT_BIN): PSETID_COMMON,              # stream of GUIDs
            (0x0003, PT_BIN): nameid,                     # stream of entries
            (0x0004, PT_BIN): b'',                        # stream of strings
            (0x1000 + (lid ^ (wguid << 1)) % 251, PT_BIN): nameid,  # its hash bucket
        }, [], Sub()))
        self.folder(NID_ROOT_FOLDER, NID_ROOT_FOLDER, {'name': '', 'messages': [], 'folders': [
            dict(name='Top of Personal Folders', messages=[], folders=root['folders'], nid=top)]})
        return ndb.finish()

    def folder(self, nid, parent, f):
        ndb = self.ndb
        kids = []
        for sub in f['folders']:
            kids.append((sub.setdefault('nid', self.nid(0x02)), sub))
        ndb.node(nid, pc(ndb, self.folder_props(f), [], Sub()), parent)
        index = nid >> 5
        rows = [(k, self.folder_props(s)) for k, s in kids]
        subs = []
        ndb.node((index << 5) | 0x0D, tc(ndb, HIER_COLS, rows, subs, Sub()), 0, subs)
        msgs = []
        for m in f['messages']:
            mnid = self.nid(0x04)
            msgs.append((mnid, {c: v for c, v in self.message_props(m).items() if c in CONTENTS_COLS}))
            self.message(mnid, nid, m)
        subs = []
        ndb.node((index << 5) | 0x0E, tc(ndb, CONTENTS_COLS, msgs, subs, Sub()), 0, subs)
        subs = []
        ndb.node((index << 5) | 0x0F, tc(ndb, [], [], subs, Sub()), 0, subs)
        for k, s in kids:
            self.folder(k, nid, s)

    @staticmethod
    def folder_props(f):
        return {
            (0x3001, PT_STR): f['name'],
            (0x3602, PT_I32): len(f['messages']),
            (0x3603, PT_I32): 0,
            (0x360A, PT_BOOL): bool(f['folders']),
            (0x3613, PT_STR): f.get('class', 'IPF.Note'),
        }

    @staticmethod
    def message_props(m):
        if 'contact' in m:
            c = m['contact']
            return {
                (0x001A, PT_STR): 'IPM.Contact',
                (0x0037, PT_STR): c['name'],
                (0x3001, PT_STR): c['name'],              # PR_DISPLAY_NAME
                (0x3A06, PT_STR): c['given'],             # PR_GIVEN_NAME
                (0x3A11, PT_STR): c['surname'],           # PR_SURNAME
                (0x3002, PT_STR): 'SMTP',
                (0x3003, PT_STR): c['email'],             # PR_EMAIL_ADDRESS
                (0x3A1C, PT_STR): c['mobile'],            # PR_MOBILE_TELEPHONE_NUMBER
                (0x3A5D, PT_STR): c['street'],            # PR_HOME_ADDRESS_STREET
                (0x3A59, PT_STR): c['city'],              # PR_HOME_ADDRESS_CITY
                (0x3A5B, PT_STR): c['postcode'],          # PR_HOME_ADDRESS_POSTAL_CODE
                (0x0E07, PT_I32): 1,
                (0x1000, PT_STR): c['notes'],
            }
        sender_name, sender_addr = m['from']
        to = [r for r in m.get('to', [])]
        cc = [r for r in m.get('cc', [])]
        p = {
            (0x001A, PT_STR): 'IPM.Note',
            (0x0037, PT_STR): m['subject'],
            (0x0039, PT_TIME): filetime(m['date']),       # PR_CLIENT_SUBMIT_TIME
            (0x0E06, PT_TIME): filetime(m['date']),       # PR_MESSAGE_DELIVERY_TIME
            (0x0042, PT_STR): sender_name,                # PR_SENT_REPRESENTING_NAME
            (0x0064, PT_STR): 'SMTP',
            (0x0065, PT_STR): sender_addr,
            (0x0C1A, PT_STR): sender_name,                # PR_SENDER_NAME
            (0x0C1E, PT_STR): 'SMTP',
            (0x0C1F, PT_STR): sender_addr,                # PR_SENDER_EMAIL_ADDRESS
            (0x0E04, PT_STR): '; '.join(n for n, _ in to),  # PR_DISPLAY_TO
            (0x0E03, PT_STR): '; '.join(n for n, _ in cc),  # PR_DISPLAY_CC
            (0x0E07, PT_I32): 1 | (0x10 if m.get('attachments') else 0),  # PR_MESSAGE_FLAGS
            (0x0E08, PT_I32): len(m['body']) * 2,
            (0x0E1B, PT_BOOL): bool(m.get('attachments')),  # PR_HASATTACH
            (0x1000, PT_STR): m['body'],                  # PR_BODY
            (0x1035, PT_STR): m['message_id'],            # PR_INTERNET_MESSAGE_ID
            (0x3FDE, PT_I32): 65001,                      # PR_INTERNET_CPID (for PR_HTML)
        }
        if not cc:
            del p[(0x0E03, PT_STR)]
        if m.get('in_reply_to'):
            p[(0x1042, PT_STR)] = m['in_reply_to']        # PR_IN_REPLY_TO_ID
        if m.get('html'):
            p[(0x1013, PT_BIN)] = m['html'].encode('utf-8')  # PR_HTML
        return p

    def message(self, nid, parent, m):
        self.ndb.nbt.append((nid,) + self.message_blocks(m) + (parent,))

    def message_blocks(self, m):
        """A message's PC block and subnode tree (recipients, attachments): (bid_data, bid_sub)."""
        ndb = self.ndb
        subs, next_sub = [], Sub()
        data = pc(ndb, self.message_props(m), subs, next_sub)
        recips = []
        for kind, key in ((1, 'to'), (2, 'cc')):
            for name, addr in m.get(key, []):
                recips.append((len(recips), {(0x0C15, PT_I32): kind, (0x3001, PT_STR): name,
                                             (0x3002, PT_STR): 'SMTP', (0x3003, PT_STR): addr,
                                             (0x39FE, PT_STR): addr}))
        rsubs = []
        subs.append((NID_RECIPIENT_TABLE, ndb.data(tc(ndb, RECIP_COLS, recips, rsubs, next_sub)),
                     ndb.subnodes(rsubs)))
        if m.get('attachments'):
            rows = []
            for att in m['attachments']:
                anid = (next_sub() << 5) | 0x05
                asubs = []
                if isinstance(att, dict):  # an attached message, stored as a subnode of the attachment
                    inner = att['message']
                    inner_nid = (next_sub() << 5) | 0x04
                    asubs.append((inner_nid,) + self.message_blocks(inner))
                    props = {
                        (0x0E20, PT_I32): 1024,
                        (0x3001, PT_STR): inner['subject'],
                        (0x3701, PT_OBJ): (inner_nid, 1024),  # PR_ATTACH_DATA_OBJ
                        (0x3705, PT_I32): 5,                  # PR_ATTACH_METHOD: embedded message
                        (0x370B, PT_I32): -1,
                    }
                    adata = pc(ndb, props, asubs, next_sub)
                    subs.append((anid, ndb.data(adata), ndb.subnodes(asubs)))
                    rows.append((anid, {c: v for c, v in props.items() if c in ATTACH_COLS}))
                    continue
                fname, mime, content = att
                props = {
                    (0x0E20, PT_I32): len(content),       # PR_ATTACH_SIZE
                    (0x3001, PT_STR): fname,
                    (0x3701, PT_BIN): content,            # PR_ATTACH_DATA_BIN
                    (0x3703, PT_STR): '.' + fname.rsplit('.', 1)[-1],
                    (0x3704, PT_STR): fname,              # PR_ATTACH_FILENAME
                    (0x3705, PT_I32): 1,                  # PR_ATTACH_METHOD: by value
                    (0x3707, PT_STR): fname,              # PR_ATTACH_LONG_FILENAME
                    (0x370B, PT_I32): -1,                 # PR_RENDERING_POSITION
                    (0x370E, PT_STR): mime,               # PR_ATTACH_MIME_TAG
                }
                adata = pc(ndb, props, asubs, next_sub)
                subs.append((anid, ndb.data(adata), ndb.subnodes(asubs)))
                rows.append((anid, {c: v for c, v in props.items() if c in ATTACH_COLS}))
            tsubs = []
            subs.append((NID_ATTACHMENT_TABLE, ndb.data(tc(ndb, ATTACH_COLS, rows, tsubs, next_sub)),
                         ndb.subnodes(tsubs)))
        return ndb.data(data), ndb.subnodes(subs)


# --------------------------------------------------------------------------- the test archive

def tiny_pdf(text):
    """A one-page PDF showing `text` (ASCII), with a correct xref table."""
    stream = ('BT /F1 12 Tf 72 720 Td (%s) Tj ET' % text).encode('ascii')
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>',
            b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R '
            b'/Resources << /Font << /F1 5 0 R >> >> >>',
            b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream',
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>']
    out = bytearray(b'%PDF-1.4\n')
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    out += b''.join(b'%010d 00000 n \n' % o for o in offsets)
    out += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref)
    return bytes(out)


HEAD = ('Morag Pennant', 'head@oakfield-primary.example')
TEACHER = ('Dafydd Llewelyn-Price', 'd.llewelyn-price@oakfield-primary.example')
PARENT = ('Zoë Nowak-Kowalska', 'zoe.nowak@example.org')
SENCO = ('Rhiannon Quayle', 'senco@oakfield-primary.example')
OTHER_PARENT = ('Bartholomew Stanforth', 'b.stanforth@example.net')
DUP_ID = '<attendance-7731@oakfield-primary.example>'

LONG_BODY = 'Dear Ms Pennant,\n\n' + ''.join(
    'Week %d: Tomasz Nowak-Kowalski attended every session of the reading group and '
    'completed the phonics check with support from the class teacher.\n' % w for w in range(1, 121)) + \
    '\nKind regards,\nRhiannon Quayle\n'

ARCHIVE = {
    'name': 'Oakfield staff mailbox',
    'folders': [
        {'name': 'Inbox', 'messages': [
            dict(subject='Tomasz — reading support plan', date='2024-03-04 08:15', **{'from': PARENT},
                 to=[HEAD], cc=[TEACHER], message_id='<plan-1001@example.org>',
                 body='Dzień dobry,\n\nCould we meet about Tomasz Nowak-Kowalski\'s reading support plan? '
                      'Mae e\'n hoffi darllen gyda\'i athro.\n\nZoë Nowak-Kowalska\n',
                 html='<html><body><p>Dzień dobry,</p><p>Could we meet about <b>Tomasz Nowak-Kowalski</b>\'s '
                      'reading support plan?</p></body></html>'),
            dict(subject='Attendance letter for Tomasz', date='2024-03-05 09:30', **{'from': HEAD},
                 to=[PARENT], message_id=DUP_ID,
                 body='Dear Ms Nowak-Kowalska,\n\nPlease find attached the attendance letter for Tomasz. '
                      'Bartholomew Stanforth also asked about the trip.\n\nMorag Pennant\n',
                 attachments=[('attendance-letter.pdf', 'application/pdf',
                               tiny_pdf('Attendance letter for Tomasz Nowak-Kowalski, spring term')),
                              ('notes.txt', 'text/plain',
                               'Notes: Tomasz was late twice; Bartholomew Stanforth collected him.\n'.encode())]),
            dict(subject='Reading group report', date='2024-03-06 16:00', **{'from': SENCO},
                 to=[HEAD], message_id='<report-2002@oakfield-primary.example>', body=LONG_BODY),
        ], 'folders': [
            {'name': 'Safeguarding', 'messages': [
                dict(subject='Playground incident', date='2024-03-07 12:40', **{'from': TEACHER},
                     to=[HEAD], cc=[SENCO], message_id='<incident-3003@oakfield-primary.example>',
                     in_reply_to='<plan-1001@example.org>',
                     body='Tomasz and another pupil argued at lunch; Bartholomew Stanforth was told.\n',
                     attachments=[{'message': dict(
                         subject='Witness note', date='2024-03-07 12:55', **{'from': SENCO}, to=[TEACHER],
                         message_id='<witness-3004@oakfield-primary.example>',
                         body='Witness note: Tomasz was pushed first; Bartholomew Stanforth\'s son apologised.\n')}]),
            ], 'folders': []},
        ]},
        {'name': 'Contacts', 'class': 'IPF.Contact', 'messages': [
            dict(contact=dict(name='Gwenllian Ashcombe', given='Gwenllian', surname='Ashcombe',
                              email='g.ashcombe@example.net', mobile='07700 900123',
                              street='12 Heol y Felin', city='Aberdare', postcode='CF44 7ZZ',
                              notes='Childminder; collects Tomasz on Wednesdays.')),
        ], 'folders': []},
        {'name': 'Sent Items', 'messages': [
            dict(subject='Re: Tomasz — reading support plan', date='2024-03-04 10:05', **{'from': HEAD},
                 to=[PARENT], message_id='<reply-1002@oakfield-primary.example>',
                 in_reply_to='<plan-1001@example.org>',
                 body='Dear Ms Nowak-Kowalska,\n\nThursday at 3pm suits. Łukasz from the office will '
                      'book the room.\n\nMorag Pennant\n'),
        ], 'folders': []},
    ],
}

def duplicate_eml():
    """Message 2 of the Inbox as an .eml (Python's email package): same Message-ID, body and attachments."""
    import email.message
    import email.policy
    m = next(m for m in ARCHIVE['folders'][0]['messages'] if m['message_id'] == DUP_ID)
    e = email.message.EmailMessage(policy=email.policy.SMTP)
    e['From'] = '%s <%s>' % m['from']
    e['To'] = ', '.join('%s <%s>' % r for r in m['to'])
    e['Subject'] = m['subject']
    e['Date'] = 'Tue, 05 Mar 2024 09:30:00 +0000'
    e['Message-ID'] = DUP_ID
    e.set_content(m['body'])
    for fname, mime, content in m['attachments']:
        maintype, subtype = mime.split('/')
        e.add_attachment(content, maintype=maintype, subtype=subtype, filename=fname)
    return e.as_bytes()


# An archive whose one attachment holds the bytes 0..255: written with an
# identity table and read back by libpst, it gives libpst's decoding table,
# whose inverse is the NDB_CRYPT_PERMUTE encoding table (MS-PST 5.1); so the
# tests obtain the table from libpst instead of copying it here.
PROBE = {'name': 'probe', 'folders': [{'name': 'Inbox', 'folders': [], 'messages': [
    dict(subject='probe', date='2024-01-01 00:00', **{'from': HEAD}, to=[HEAD], message_id='<probe@example.org>',
         body='probe', attachments=[('probe.bin', 'application/octet-stream', bytes(range(256)))])]}]}

# Two sibling folders of one name, as an import beside the original leaves.
TWINS = {'name': 'twins', 'folders': [
    {'name': 'Inbox', 'folders': [], 'messages': [
        dict(subject='Original inbox', date='2024-02-01 09:00', **{'from': HEAD}, to=[PARENT],
             message_id='<twin-1@oakfield-primary.example>', body='From the original Inbox.\n')]},
    {'name': 'Inbox', 'folders': [], 'messages': [
        dict(subject='Imported inbox', date='2024-02-02 09:00', **{'from': HEAD}, to=[PARENT],
             message_id='<twin-2@oakfield-primary.example>', body='From the imported Inbox.\n')]}]}


def main(argv):
    import argparse
    ap = argparse.ArgumentParser(description='Writes the test PST archive.')
    ap.add_argument('out')
    ap.add_argument('--eml', help='also write message 2 of the Inbox as an .eml file')
    ap.add_argument('--encode-table', help='NDB_CRYPT_PERMUTE with this 256-byte table (hex)')
    ap.add_argument('--probe', action='store_true', help='write the probe archive instead')
    ap.add_argument('--twins', action='store_true', help='write two sibling folders of one name instead')
    args = ap.parse_args(argv[1:])
    encode = bytes.fromhex(args.encode_table) if args.encode_table else None
    if encode is not None and sorted(encode) != list(range(256)):
        ap.error('--encode-table must be a permutation of the 256 byte values')
    with open(args.out, 'wb') as f:
        f.write(Writer(encode).write(PROBE if args.probe else TWINS if args.twins else ARCHIVE))
    if args.eml:
        with open(args.eml, 'wb') as f:
            f.write(duplicate_eml())
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
