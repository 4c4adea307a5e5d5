// SPDX-License-Identifier: GPL-3.0-or-later
#include "NameMatch.h"

#include <algorithm>
#include <vector>

namespace NameMatch {

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> row(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
            diagonal = above;
        }
    }
    return row[b.size()];
}

QStringList nearest(const QString &typed, const QStringList &names, int count)
{
    std::vector<std::pair<int, QString>> scored;
    for (const QString &name : names)
        scored.emplace_back(editDistance(typed, name), name);
    std::stable_sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) {
        return a.first < b.first;
    });
    QStringList result;
    for (const auto &entry : scored) {
        if (result.size() == count)
            break;
        result.append(entry.second);
    }
    return result;
}

} // namespace NameMatch
