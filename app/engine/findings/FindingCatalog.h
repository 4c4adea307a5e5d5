// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findings/Finding.h"
#include "findings/FindingArgs.h"

#include <QList>
#include <QStringList>

#include <initializer_list>

// Knows, for every finding id, its severity and its (translatable) title,
// explanation and advice. Checks say what they saw; the catalog says it in
// words, so that the same id always reads the same way.
//
// The argument contract: each entry (findings/catalog/*Findings.cpp)
// declares which named FindingArg fills its %1, %2, %3... A caller passes
// named values (FindingArgs); make() puts each where the entry says, and
// fills the finding's subject from Host, Address and Port (the family from
// the address). A text uses no placeholder its entry has not declared
// (tst_findingcatalog checks every entry).
class FindingCatalog
{
public:
    // Builds the finding `id` (a FindingId constant). An unknown id is a
    // programming error: it yields a failure whose title is the id itself,
    // so that it cannot go unnoticed.
    static Finding make(const QString &id,
                        const FindingArgs &args,
                        const QStringList &evidence,
                        const QString &check);
    // The same with the values in the entry's declared order (the order of
    // arguments(id)), for the probes that hand on address, port and detail.
    static Finding make(const QString &id,
                        const QStringList &args,
                        const QStringList &evidence,
                        const QString &check);
    // Picks the positional form for a braced list of strings (and for {}).
    static Finding make(const QString &id,
                        std::initializer_list<QString> args,
                        const QStringList &evidence,
                        const QString &check)
    {
        return make(id, QStringList(args), evidence, check);
    }

    // Positional values named by the entry's declaration.
    static FindingArgs named(const QString &id, const QStringList &args);

    static bool isKnown(const QString &id);
    // Every id, variants ("id#variant") included, in id order.
    static QStringList knownIds();
    // The named arguments that fill %1, %2... of `id`, in that order.
    static QList<FindingArg> arguments(const QString &id);
    // Each declared argument as a readable placeholder ("‹host›"), to show
    // a finding's texts without a run (explain, docs/findings.md).
    static FindingArgs placeholders(const QString &id);
    // The untranslated English texts of `id`: title, explanation, advice.
    static QStringList sourceTexts(const QString &id);
};
