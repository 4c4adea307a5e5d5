// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

// The French translation is complete: every message translated, none left
// unfinished or vanished, and every translation keeps its source's
// placeholders (%1, %2, %n), since a lost one would drop facts from a finding.
class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void frenchIsComplete();
};

static QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0));
    found.sort();
    found.removeDuplicates();
    return found;
}

void TestTranslations::frenchIsComplete()
{
    QFile file(QStringLiteral(SMTP_DOCTOR_SOURCE_DIR "/translations/smtp-doctor_fr.ts"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QXmlStreamReader xml(&file);
    int messages = 0;
    QString source;
    QStringList problems;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            ++messages;
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            // Plural forms come as <numerusform> children: read them all.
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!type.isEmpty())
                problems.append(QStringLiteral("%1: %2").arg(type, source.left(60)));
            else if (translation.trimmed().isEmpty())
                problems.append(QStringLiteral("empty: %1").arg(source.left(60)));
            else if (placeholders(translation) != placeholders(source))
                problems.append(QStringLiteral("placeholders differ: %1").arg(source.left(60)));
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 400);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
