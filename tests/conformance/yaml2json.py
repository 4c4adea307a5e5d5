#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Converts the openspf RFC 7208 test suite (YAML, several documents) into
the JSON that tst_spfconformance reads, since Qt has no YAML reader.

Run by Debian's /usr/bin/python3 (python3-yaml). Output:
{"scenarios": [{"description": str,
                "zonedata": [{"name": str, "records": [[type, value], ...]}],
                "tests": [{"name", "helo", "host", "mailfrom", "results": [str],
                           "explanation"?: str, "spec"?: str}]}]}
Zone entries keep their order; a bare TIMEOUT becomes ["TIMEOUT", null].
Strings keep their code points (YAML "\\xEF" is U+00EF); the driver turns
code points up to U+00FF into single bytes.
"""
import json
import sys

import yaml


def zone_entries(entries):
    result = []
    for entry in entries or []:
        if isinstance(entry, dict):
            for rtype, value in entry.items():
                result.append([str(rtype), value])
        else:
            result.append([str(entry), None])
    return result


def convert(path):
    scenarios = []
    with open(path, 'rb') as stream:
        for document in yaml.safe_load_all(stream):
            if not document:
                continue
            zonedata = [{'name': str(name), 'records': zone_entries(entries)}
                        for name, entries in (document.get('zonedata') or {}).items()]
            tests = []
            for name, test in (document.get('tests') or {}).items():
                results = test['result']
                if not isinstance(results, list):
                    results = [results]
                item = {
                    'name': str(name),
                    'helo': str(test.get('helo', '')),
                    'host': str(test.get('host', '')),
                    'mailfrom': str(test.get('mailfrom', '')),
                    'results': [str(r) for r in results],
                }
                if 'explanation' in test:
                    item['explanation'] = str(test['explanation'])
                if 'spec' in test:
                    item['spec'] = str(test['spec'])
                tests.append(item)
            scenarios.append({'description': str(document.get('description', '')),
                              'zonedata': zonedata,
                              'tests': tests})
    return {'source': path, 'scenarios': scenarios}


def main():
    if len(sys.argv) != 3:
        sys.exit('usage: yaml2json.py SUITE.yml OUTPUT.json')
    data = convert(sys.argv[1])
    with open(sys.argv[2], 'w', encoding='ascii') as out:
        json.dump(data, out, ensure_ascii=True, indent=1)


if __name__ == '__main__':
    main()
