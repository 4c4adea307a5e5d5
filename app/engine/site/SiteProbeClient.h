// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Check.h"
#include "site/SiteAnswer.h"

#include <QByteArray>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

// Calls the website probe once (a signed GET that asks it to delete itself
// once it has answered), believes its answer only when the answer's own MAC
// is right, and sends the signed DELETE that removes the file only when the
// answer does not say the file went. A Check: start() defers, finished()
// comes once, the deadline bounds both requests. What goes wrong on the way becomes
// site.probe_unreachable or site.probe_rejected. The key is a secret: it is
// never logged; the network manager is the caller's, never a global one.
class SiteProbeClient : public Check
{
    Q_OBJECT
public:
    enum class Deletion { NotTried, Deleted, Failed };
    Q_ENUM(Deletion)

    SiteProbeClient(const QUrl &url,
                    const QByteArray &key,
                    QNetworkAccessManager *network,
                    EventLog *log,
                    QObject *parent = nullptr);
    ~SiteProbeClient() override;

    // The probe answers within its own deadline (25 s at most); this one
    // covers the request, the answer and the delete.
    static constexpr int defaultDeadlineMs = 45000;
    static constexpr qint64 maximumAnswerSize = 2 * 1024 * 1024;

    // False: leave the file in place (a test that calls it twice).
    void setDeleteAtEnd(bool deleteAtEnd) { m_deleteAtEnd = deleteAtEnd; }
    // Seconds since the epoch for the request timestamps; a test hook.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    // A test hook: send this nonce instead of a fresh one (a replay).
    void setNonceForTest(const QByteArray &nonce) { m_fixedNonce = nonce; }

    QUrl url() const { return m_url; }
    const std::optional<SiteAnswer> &answer() const { return m_answer; }
    Deletion deletion() const { return m_deletion; }
    QString deletionDetail() const { return m_deletionDetail; }
    bool isUsable() const override;

protected:
    void run() override;
    void abort() override;
    void onDeadline() override;

private:
    QNetworkReply *send(const QByteArray &method, QByteArray *nonce);
    void onAnswer();
    void onDeleted();
    void sendDelete();
    bool verified(QNetworkReply *reply, const QByteArray &nonce, const QByteArray &body) const;
    void unreachable(const QString &variant, const QString &detail, const QStringList &evidence);
    void rejected(const QString &variant, const QString &detail, const QStringList &evidence);

    QUrl m_url;
    QByteArray m_key;
    QNetworkAccessManager *m_network;
    QNetworkReply *m_reply = nullptr;
    QByteArray m_nonce;
    QByteArray m_fixedNonce;
    std::function<qint64()> m_clock;
    bool m_deleteAtEnd = true;
    std::optional<SiteAnswer> m_answer;
    Deletion m_deletion = Deletion::NotTried;
    QString m_deletionDetail;
};
