// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings/FindingCatalog.h"
#include "report/JsonReport.h"
#include "report/ReportFile.h"
#include "UtcDateTime.h"

#include <QTemporaryDir>
#include <QTest>

// Opening a report file: a good one reads back equal; a bad one says why.
class TestReportFile : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip();
    void badFiles_data();
    void badFiles();
    void missingFile();

private:
    QTemporaryDir m_directory;
    QString write(const QString &name, const QByteArray &content);
};

QString TestReportFile::write(const QString &name, const QByteArray &content)
{
    QFile file(m_directory.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return file.fileName();
}

void TestReportFile::roundTrip()
{
    Report report;
    report.target.host = "smtp.example.com";
    report.started = utcDateTime(QDate(2026, 11, 27), QTime(1, 2, 3));
    report.findings.append(
        FindingCatalog::make("net.open", {"127.0.0.1", "587", "1"}, {"connect"}, "ports"));
    report.events.append({5, "smtp", Event::Kind::Received, "220 hi"});
    const QByteArray json = JsonReport::write(report);
    QString error;
    const auto read = ReportFile::load(write("good.json", json), &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(JsonReport::write(*read), json);
}

void TestReportFile::badFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    const QByteArray good = R"({"schema": "smtp-doctor-report/1", "target": {"host": "x"},
        "findings": [{"id": "net.open", "severity": "pass", "title": "t"}]})";

    QTest::newRow("empty") << QByteArray() << "is empty";
    QTest::newRow("blank") << QByteArray(" \n") << "is empty";
    QTest::newRow("not json") << QByteArray("Hello, this is a mail.\n") << "is not a JSON file";
    QTest::newRow("truncated") << good.left(good.size() - 20) << "is cut short";
    QTest::newRow("another schema")
        << QByteArray(R"({"schema": "https://json-schema.org/draft/2020-12/schema"})")
        << "is a JSON file, but not an SMTP Doctor report";
    QTest::newRow("no schema") << QByteArray(R"([1, 2, 3])")
                               << "is a JSON file, but not an SMTP Doctor report";
    QTest::newRow("newer format") << QByteArray(R"({"schema": "smtp-doctor-report/2"})")
                                  << "in a format this version does not read (smtp-doctor-report/2";
    QTest::newRow("finding without severity")
        << QByteArray(R"({"schema": "smtp-doctor-report/1", "findings": [{"id": "x"}]})")
        << "cannot be read: A finding in this report has no id or no valid severity.";
}

void TestReportFile::badFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    const QString path = write(QStringLiteral("%1.json").arg(QTest::currentDataTag()), content);
    QString error;
    QVERIFY(!ReportFile::load(path, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY2(error.startsWith(QStringLiteral("%1.json").arg(QTest::currentDataTag())),
             qPrintable(error));
}

void TestReportFile::missingFile()
{
    QString error;
    QVERIFY(!ReportFile::load(m_directory.filePath("nothing-here.json"), &error));
    QVERIFY2(error.contains("cannot be opened"), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestReportFile)
#include "tst_reportfile.moc"
