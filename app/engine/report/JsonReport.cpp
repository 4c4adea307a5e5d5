// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/JsonReport.h"

#include "report/StepTimings.h"

#include "watch/WatchJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

// Only what is known: a subject always has its vantage, the rest when set.
QJsonObject subjectToJson(const FindingSubject &subject)
{
    QJsonObject object{{QStringLiteral("vantage"), FindingSubject::vantageName(subject.vantage)}};
    if (!subject.host.isEmpty())
        object.insert(QStringLiteral("host"), subject.host);
    if (!subject.address.isEmpty())
        object.insert(QStringLiteral("address"), subject.address);
    if (subject.family != FindingSubject::Family::Unknown)
        object.insert(QStringLiteral("family"), FindingSubject::familyName(subject.family));
    if (subject.port != 0)
        object.insert(QStringLiteral("port"), subject.port);
    return object;
}

// The facts behind a finding's texts, by their stable names.
QJsonObject factsToJson(const FindingArgs &facts)
{
    QJsonObject object;
    for (const auto &[arg, value] : facts.values())
        object.insert(FindingArgs::name(arg), value);
    return object;
}

// Only the names that are facts: a hostile report cannot smuggle in others.
FindingArgs factsFromJson(const QJsonObject &object)
{
    FindingArgs facts;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const auto arg = FindingArgs::fromName(it.key());
        if (arg && FindingArgs::isFact(*arg) && it.value().isString())
            facts.set(*arg, it.value().toString());
    }
    return facts;
}

// A report written before subjects existed has none: it was seen from here.
FindingSubject subjectFromJson(const QJsonObject &object)
{
    FindingSubject subject;
    subject.vantage = FindingSubject::vantageFromName(
                          object.value(QStringLiteral("vantage")).toString())
                          .value_or(FindingSubject::Vantage::Here);
    subject.host = object.value(QStringLiteral("host")).toString();
    subject.address = object.value(QStringLiteral("address")).toString();
    subject.family = FindingSubject::familyFromName(
        object.value(QStringLiteral("family")).toString());
    const int port = object.value(QStringLiteral("port")).toInt();
    subject.port = port > 0 && port <= 65535 ? static_cast<quint16>(port) : 0;
    return subject;
}

} // namespace

QJsonObject JsonReport::findingToJson(const Finding &finding)
{
    QJsonObject object{
        {QStringLiteral("id"), finding.id},
        {QStringLiteral("severity"), Finding::severityName(finding.severity)},
        {QStringLiteral("title"), finding.title},
        {QStringLiteral("explanation"), finding.explanation},
        {QStringLiteral("advice"), toArray(finding.advice)},
        {QStringLiteral("evidence"), toArray(finding.evidence)},
        {QStringLiteral("check"), finding.check},
        {QStringLiteral("subject"), subjectToJson(finding.subject)},
    };
    if (!finding.facts.isEmpty())
        object.insert(QStringLiteral("facts"), factsToJson(finding.facts));
    return object;
}

std::optional<Finding> JsonReport::findingFromJson(const QJsonObject &object)
{
    Finding finding;
    finding.id = object.value(QStringLiteral("id")).toString();
    const auto severity = Finding::severityFromName(
        object.value(QStringLiteral("severity")).toString());
    if (finding.id.isEmpty() || !severity)
        return std::nullopt;
    finding.severity = *severity;
    finding.title = object.value(QStringLiteral("title")).toString();
    finding.explanation = object.value(QStringLiteral("explanation")).toString();
    finding.advice = toStringList(object.value(QStringLiteral("advice")));
    finding.evidence = toStringList(object.value(QStringLiteral("evidence")));
    finding.check = object.value(QStringLiteral("check")).toString();
    finding.subject = subjectFromJson(object.value(QStringLiteral("subject")).toObject());
    finding.facts = factsFromJson(object.value(QStringLiteral("facts")).toObject());
    return finding;
}

QJsonObject JsonReport::eventToJson(const Event &event)
{
    return {
        {QStringLiteral("t_ms"), event.offsetMs},
        {QStringLiteral("check"), event.check},
        {QStringLiteral("kind"), Event::kindName(event.kind)},
        {QStringLiteral("text"), event.text},
    };
}

Event JsonReport::eventFromJson(const QJsonObject &object)
{
    Event event;
    event.offsetMs = object.value(QStringLiteral("t_ms")).toInteger();
    event.check = object.value(QStringLiteral("check")).toString();
    const QString kind = object.value(QStringLiteral("kind")).toString();
    for (auto candidate : {Event::Kind::Sent,
                           Event::Kind::Received,
                           Event::Kind::Dns,
                           Event::Kind::Connect,
                           Event::Kind::Tls,
                           Event::Kind::Note}) {
        if (Event::kindName(candidate) == kind)
            event.kind = candidate;
    }
    event.text = object.value(QStringLiteral("text")).toString();
    return event;
}

QByteArray JsonReport::write(const Report &report)
{
    return QJsonDocument(toJson(report)).toJson(QJsonDocument::Indented);
}

QJsonObject JsonReport::toJson(const Report &report)
{
    QJsonObject target{
        {QStringLiteral("host"), report.target.host},
        {QStringLiteral("port"), report.target.port},
        {QStringLiteral("security"), Target::securityName(report.target.security)},
        {QStringLiteral("step_timeout_ms"), report.target.stepTimeoutMs},
    };
    if (report.target.resolver)
        target.insert(QStringLiteral("resolver"), report.target.resolver->toString());
    if (!report.target.caFile.isEmpty())
        target.insert(QStringLiteral("ca_file"), report.target.caFile);
    // Who signs in and the test envelope: names, never a secret.
    for (const auto &[key, value] : {std::pair{"user", report.target.user},
                                     std::pair{"from", report.target.mailFrom},
                                     std::pair{"to", report.target.rcptTo},
                                     std::pair{"domain", report.target.domain}}) {
        if (!value.isEmpty())
            target.insert(QLatin1String(key), value);
    }

    QJsonArray findings;
    for (const Finding &finding : report.findings)
        findings.append(findingToJson(finding));
    QJsonArray checks;
    for (const Report::CheckSummary &check : report.checks) {
        QJsonObject object{{QStringLiteral("name"), check.name},
                           {QStringLiteral("status"), check.status}};
        if (!check.skipReason.isEmpty())
            object.insert(QStringLiteral("skip_reason"), check.skipReason);
        checks.append(object);
    }
    QJsonArray events;
    for (const Event &event : report.events)
        events.append(eventToJson(event));
    // Derived from the events (read back from them, never parsed from here).
    QJsonArray timing;
    const StepTimings timings(report.events);
    for (const StepTimings::Step &step : timings.steps())
        timing.append(QJsonObject{{QStringLiteral("step"), step.step},
                                  {QStringLiteral("start_ms"), step.startMs},
                                  {QStringLiteral("duration_ms"), step.durationMs}});
    const ReportEnvironment &environment = report.environment;
    QJsonObject root{
        {QStringLiteral("schema"), QLatin1String(schema)},
        {QStringLiteral("generator"), QStringLiteral("smtp-doctor ") + environment.appVersion},
        {QStringLiteral("started"), report.started.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("duration_ms"), report.durationMs},
        {QStringLiteral("target"), target},
        {QStringLiteral("environment"),
         QJsonObject{
             {QStringLiteral("app_version"), environment.appVersion},
             {QStringLiteral("os"), environment.os},
             {QStringLiteral("qt_version"), environment.qtVersion},
             {QStringLiteral("crypto"), environment.crypto},
             {QStringLiteral("resolver"), environment.resolver},
             {QStringLiteral("address_families"), toArray(environment.addressFamilies)},
         }},
        {QStringLiteral("findings"), findings},
        {QStringLiteral("checks"), checks},
        {QStringLiteral("events"), events},
        {QStringLiteral("timing"), timing},
    };
    // Only a run of the wizard has one; older readers ignore it.
    if (report.situation) {
        root.insert(
            QStringLiteral("situation"),
            QJsonObject{
                {QStringLiteral("symptom"), Situation::symptomName(report.situation->symptom)},
                {QStringLiteral("sent_from"), Situation::sentFromName(report.situation->sentFrom)},
            });
    }
    // Only a watch run has one; older readers ignore it.
    if (report.watch)
        root.insert(QStringLiteral("watch"), WatchJson::write(*report.watch));
    // Only a run that ended early has one; older readers ignore it.
    if (report.stopped)
        root.insert(QStringLiteral("stopped"), report.stopped->toJson());
    return root;
}

std::optional<Report> JsonReport::read(const QByteArray &json, QString *error)
{
    auto fail = [error](const QString &reason) -> std::optional<Report> {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull())
        return fail(QCoreApplication::translate("JsonReport", "This is not a JSON file: %1")
                        .arg(parseError.errorString()));
    return fromJson(document.object(), error);
}

std::optional<Report> JsonReport::fromJson(const QJsonObject &root, QString *error)
{
    auto fail = [error](const QString &reason) -> std::optional<Report> {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    if (root.value(QStringLiteral("schema")).toString() != QLatin1String(schema))
        return fail(
            QCoreApplication::translate("JsonReport", "This is not an SMTP Doctor report."));

    Report report;
    const QJsonObject target = root.value(QStringLiteral("target")).toObject();
    report.target.host = target.value(QStringLiteral("host")).toString();
    report.target.port = static_cast<quint16>(target.value(QStringLiteral("port")).toInt());
    report.target.security = Target::securityFromName(
                                 target.value(QStringLiteral("security")).toString())
                                 .value_or(Target::Security::None);
    report.target.stepTimeoutMs = target.value(QStringLiteral("step_timeout_ms"))
                                      .toInt(report.target.stepTimeoutMs);
    report.target.resolver = ResolverAddress::parse(
        target.value(QStringLiteral("resolver")).toString());
    report.target.caFile = target.value(QStringLiteral("ca_file")).toString();
    report.target.user = target.value(QStringLiteral("user")).toString();
    report.target.mailFrom = target.value(QStringLiteral("from")).toString();
    report.target.rcptTo = target.value(QStringLiteral("to")).toString();
    report.target.domain = target.value(QStringLiteral("domain")).toString();
    report.started = QDateTime::fromString(root.value(QStringLiteral("started")).toString(),
                                           Qt::ISODateWithMs);
    report.durationMs = root.value(QStringLiteral("duration_ms")).toInteger();

    const QJsonObject environment = root.value(QStringLiteral("environment")).toObject();
    report.environment.appVersion = environment.value(QStringLiteral("app_version")).toString();
    report.environment.os = environment.value(QStringLiteral("os")).toString();
    report.environment.qtVersion = environment.value(QStringLiteral("qt_version")).toString();
    report.environment.crypto = environment.value(QStringLiteral("crypto")).toString();
    report.environment.resolver = environment.value(QStringLiteral("resolver")).toString();
    report.environment.addressFamilies = toStringList(
        environment.value(QStringLiteral("address_families")));

    for (const QJsonValue &value : root.value(QStringLiteral("findings")).toArray()) {
        const std::optional<Finding> finding = findingFromJson(value.toObject());
        if (!finding)
            return fail(QCoreApplication::translate(
                "JsonReport", "A finding in this report has no id or no valid severity."));
        report.findings.append(*finding);
    }
    for (const QJsonValue &value : root.value(QStringLiteral("checks")).toArray()) {
        const QJsonObject object = value.toObject();
        report.checks.append({object.value(QStringLiteral("name")).toString(),
                              object.value(QStringLiteral("status")).toString(),
                              object.value(QStringLiteral("skip_reason")).toString()});
    }
    for (const QJsonValue &value : root.value(QStringLiteral("events")).toArray()) {
        report.events.append(eventFromJson(value.toObject()));
    }
    // Reports from before the wizard asked have none; a name this version
    // does not know leaves it out rather than guessing.
    const QJsonObject situation = root.value(QStringLiteral("situation")).toObject();
    const auto symptom = Situation::symptomFromName(
        situation.value(QStringLiteral("symptom")).toString());
    const auto sentFrom = Situation::sentFromFromName(
        situation.value(QStringLiteral("sent_from")).toString());
    if (symptom && sentFrom)
        report.situation = Situation{*symptom, *sentFrom};
    if (root.value(QStringLiteral("watch")).isObject())
        report.watch = WatchJson::read(root.value(QStringLiteral("watch")).toObject());
    if (root.value(QStringLiteral("stopped")).isObject())
        report.stopped = RunStop::fromJson(root.value(QStringLiteral("stopped")).toObject());
    return report;
}
