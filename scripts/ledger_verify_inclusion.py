#!/usr/bin/env python3
"""Checks that one entry of Shian's audit ledger is in a published daily Merkle root (python3, standard library only).

Usage:
  scripts/ledger_verify_inclusion.py PROOF.json [--root HEX] [--entry-hash HEX]

PROOF.json is what GET /api/v1/audit/proof/{sequence} returns (save it with curl -o). --root is the day's Merkle root
as you got it from the publication (GET /api/v1/audit/published, the portal page /portal/ledger, or your own copy of the
append-only checkpoint file); without it the root inside the proof is used, which proves consistency only. --entry-hash
is the entry's hash as you hold it (e.g. recomputed from an exported entry); without it the proof's entryHash is used.

The tree is RFC 6962's (Certificate Transparency): leaf = SHA-256(0x00 || entry hash as 32 bytes), node =
SHA-256(0x01 || left || right); the leaves are the sealed day's entries in sequence order. The check is RFC 9162
section 2.1.3.2. Prints OK and exits 0 when the path leads to the root, prints FAIL and exits 1 otherwise.
"""
import argparse
import hashlib
import json
import sys


def leaf_hash(data):
    return hashlib.sha256(b"\x00" + data).digest()


def node_hash(left, right):
    return hashlib.sha256(b"\x01" + left + right).digest()


def verify_inclusion(entry_hash, index, size, path, root):
    if index < 0 or index >= size:
        return False
    fn, sn = index, size - 1
    r = leaf_hash(entry_hash)
    for p in path:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    return sn == 0 and r == root


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("proof", help="the proof JSON file")
    parser.add_argument("--root", help="the published Merkle root (hex)")
    parser.add_argument("--entry-hash", help="the entry hash you hold (hex)")
    args = parser.parse_args(argv[1:])
    try:
        with open(args.proof, encoding="utf-8") as f:
            proof = json.load(f)
        entry_hash = bytes.fromhex(args.entry_hash or proof["entryHash"])
        root = bytes.fromhex(args.root or proof["checkpoint"]["merkleRoot"])
        path = [bytes.fromhex(p) for p in proof["path"]]
        index, size = int(proof["leafIndex"]), int(proof["treeSize"])
    except (OSError, ValueError, KeyError, TypeError) as error:
        print(f"FAIL: cannot read the proof: {error}")
        return 1
    if len(entry_hash) != 32 or len(root) != 32:
        print("FAIL: hashes must be 32 bytes (64 hex digits)")
        return 1
    if verify_inclusion(entry_hash, index, size, path, root):
        print(f"OK: entry {proof.get('sequence')} is leaf {index} of {size} under root {root.hex()}")
        return 0
    print(f"FAIL: the path does not lead from entry {proof.get('sequence')} to root {root.hex()}")
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
