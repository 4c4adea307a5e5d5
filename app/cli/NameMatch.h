// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// What the user probably meant: names ranked by how few one-letter edits
// turn the typed word into them (for "did you mean" answers).
namespace NameMatch {

// Levenshtein distance: the number of one-letter edits from `a` to `b`.
int editDistance(const QString &a, const QString &b);
// The `count` names nearest to `typed`, nearest first (ties keep their order).
QStringList nearest(const QString &typed, const QStringList &names, int count);

} // namespace NameMatch
