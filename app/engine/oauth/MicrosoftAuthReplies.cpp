// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauth/MicrosoftAuthReplies.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

namespace {

struct Row
{
    int code;
    QString enhanced;
    QString words;
    QString variant;
};

struct Table
{
    QList<Row> rows;
    QString checked;
};

const Table &table()
{
    static const Table loaded = [] {
        QFile file(QStringLiteral(":/oauth/microsoft-smtp-auth-replies.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the Microsoft SMTP AUTH reply table is missing from the resources");
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        Table table;
        table.checked = root.value(QLatin1String("checked")).toString();
        for (const QJsonValue &value : root.value(QLatin1String("replies")).toArray()) {
            const QJsonObject row = value.toObject();
            table.rows.append({row.value(QLatin1String("code")).toInt(),
                               row.value(QLatin1String("enhanced")).toString(),
                               row.value(QLatin1String("words")).toString(),
                               row.value(QLatin1String("variant")).toString()});
        }
        return table;
    }();
    return loaded;
}

} // namespace

QString MicrosoftAuthReplies::variantOf(int code, const QString &enhancedCode, const QString &words)
{
    // The codes decide; the documented words only tell apart the cases that
    // share them. Some relays change the basic code, so 5.7.139 and 5.7.30
    // count with any permanent code.
    for (const Row &row : table().rows) {
        const bool codeFits = row.code == code
                              || (code / 100 == 5 && row.enhanced != QLatin1String("5.7.3"));
        if (codeFits && row.enhanced == enhancedCode
            && words.contains(row.words, Qt::CaseInsensitive))
            return row.variant;
    }
    return {};
}

QString MicrosoftAuthReplies::checked()
{
    return table().checked;
}
