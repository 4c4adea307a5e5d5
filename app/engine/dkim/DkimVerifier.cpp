// SPDX-License-Identifier: GPL-3.0-or-later
#include "dkim/DkimVerifier.h"

#include <dkim.h>

#include <memory>

namespace {

// libopendkim asks for a key by signature; the answer comes from the set
// that the verification's user context points to.
DKIM_CBSTAT lookupKey(DKIM *dkim, DKIM_SIGINFO *sig, u_char *buf, size_t buflen)
{
    const auto *keys = static_cast<const DkimKeySet *>(dkim_get_user_context(dkim));
    const auto *selector = reinterpret_cast<const char *>(dkim_sig_getselector(sig));
    const auto *domain = reinterpret_cast<const char *>(dkim_sig_getdomain(sig));
    if (!keys || !selector || !domain)
        return DKIM_CBSTAT_ERROR;
    const DkimKeySet::Key *key = keys->find(
        DkimKeySet::keyName(QString::fromLatin1(selector), QString::fromLatin1(domain)));
    if (!key || key->status == DkimKeySet::Status::LookupFailed) {
        // The library leaves the error unknown after a callback error: say
        // what it was, a failed query (not a missing key).
        dkim_sig_seterror(sig, DKIM_SIGERROR_KEYFAIL);
        return DKIM_CBSTAT_ERROR;
    }
    if (key->status == DkimKeySet::Status::Missing)
        return DKIM_CBSTAT_NOTFOUND;
    const size_t size = std::min(buflen - 1, size_t(key->record.size()));
    memcpy(buf, key->record.constData(), size);
    buf[size] = '\0';
    return DKIM_CBSTAT_CONTINUE;
}

// One library handle for the process: libopendkim's handle is made to be
// shared by the verifications of many messages (and threads).
DKIM_LIB *library()
{
    static DKIM_LIB *const handle = [] {
        DKIM_LIB *lib = dkim_init(nullptr, nullptr);
        if (lib)
            dkim_set_key_lookup(lib, lookupKey);
        return lib;
    }();
    return handle;
}

struct DkimFree
{
    void operator()(DKIM *dkim) const { dkim_free(dkim); }
};

// DKIM_SIGERROR_* (dkim.h) to what it means for the sender.
DkimVerdict::Outcome outcomeOf(int error, int bodyHash, unsigned int flags)
{
    using Outcome = DkimVerdict::Outcome;
    // A body hash mismatch makes libopendkim report a bad signature as well:
    // the body is what changed.
    if (bodyHash == DKIM_SIGBH_MISMATCH
        && (error == DKIM_SIGERROR_OK || error == DKIM_SIGERROR_BADSIG))
        return Outcome::BodyChanged;
    switch (error) {
    case DKIM_SIGERROR_OK:
        break;
    case DKIM_SIGERROR_EXPIRED:
        return Outcome::Expired;
    case DKIM_SIGERROR_NOKEY:
        return Outcome::KeyMissing;
    case DKIM_SIGERROR_KEYREVOKED:
        return Outcome::KeyRevoked;
    case DKIM_SIGERROR_KEYFAIL:
    case DKIM_SIGERROR_MULTIREPLY:
        return Outcome::KeyLookupFailed;
    case DKIM_SIGERROR_BADSIG:
        return Outcome::SignatureMismatch;
    case DKIM_SIGERROR_DNSSYNTAX:
    case DKIM_SIGERROR_KEYVERSION:
    case DKIM_SIGERROR_KEYUNKNOWNHASH:
    case DKIM_SIGERROR_KEYHASHMISMATCH:
    case DKIM_SIGERROR_NOTEMAILKEY:
    case DKIM_SIGERROR_KEYTYPEMISSING:
    case DKIM_SIGERROR_KEYTYPEUNKNOWN:
    case DKIM_SIGERROR_KEYDECODE:
    case DKIM_SIGERROR_KEYTOOSMALL:
        return Outcome::KeyUnusable;
    default:
        return Outcome::Malformed;
    }
    if ((flags & DKIM_SIGFLAG_PASSED) != 0 && bodyHash == DKIM_SIGBH_MATCH)
        return Outcome::Pass;
    return Outcome::SignatureMismatch;
}

QString latin1(const unsigned char *text)
{
    return text ? QString::fromLatin1(reinterpret_cast<const char *>(text)) : QString();
}

// The message as libopendkim takes it: header fields one by one (folded
// lines kept, CRLF between them, none at the end), then the body, every line
// ending in CRLF. Pasted messages often end lines in LF alone.
struct MessageParts
{
    QList<QByteArray> headers;
    QByteArray body;
};

MessageParts split(const QByteArray &message)
{
    MessageParts parts;
    QList<QByteArray> lines = message.split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast(); // the text after the last newline
    int i = 0;
    for (; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty()) {
            ++i;
            break;
        }
        const bool continuation = line.startsWith(' ') || line.startsWith('\t');
        if (continuation && !parts.headers.isEmpty())
            parts.headers.last() += "\r\n" + line;
        else
            parts.headers.append(line);
    }
    for (; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        parts.body += line + "\r\n";
    }
    return parts;
}

} // namespace

QList<DkimVerdict> DkimVerifier::verify(const QByteArray &message, const DkimKeySet &keys)
{
    QList<DkimVerdict> verdicts;
    DKIM_LIB *lib = library();
    if (!lib)
        return verdicts;
    DKIM_STAT status = DKIM_STAT_OK;
    std::unique_ptr<DKIM, DkimFree> dkim(
        dkim_verify(lib, reinterpret_cast<const unsigned char *>("message"), nullptr, &status));
    if (!dkim || status != DKIM_STAT_OK)
        return verdicts;
    dkim_set_user_context(dkim.get(), const_cast<DkimKeySet *>(&keys));

    MessageParts parts = split(message);
    for (QByteArray &header : parts.headers) {
        // A line without a colon is not a header field: libopendkim refuses
        // the whole message for it, a receiver would have stopped there.
        if (!header.contains(':'))
            continue;
        dkim_header(dkim.get(), reinterpret_cast<u_char *>(header.data()), header.size());
    }
    status = dkim_eoh(dkim.get());
    if (status == DKIM_STAT_NOSIG)
        return verdicts;
    if (!parts.body.isEmpty())
        dkim_body(dkim.get(), reinterpret_cast<u_char *>(parts.body.data()), parts.body.size());
    bool testKey = false;
    dkim_eom(dkim.get(), &testKey);

    DKIM_SIGINFO **signatures = nullptr;
    int count = 0;
    if (dkim_getsiglist(dkim.get(), &signatures, &count) != DKIM_STAT_OK)
        return verdicts;
    for (int i = 0; i < count; ++i) {
        DKIM_SIGINFO *sig = signatures[i];
        DkimVerdict verdict;
        verdict.domain = latin1(dkim_sig_getdomain(sig)).toLower();
        verdict.selector = latin1(dkim_sig_getselector(sig));
        verdict.algorithm = latin1(
            dkim_sig_gettagvalue(sig, false, reinterpret_cast<u_char *>(const_cast<char *>("a"))));
        const unsigned int flags = dkim_sig_getflags(sig);
        verdict.libraryError = dkim_sig_geterror(sig);
        verdict.libraryDetail = QString::fromLatin1(dkim_sig_geterrorstr(verdict.libraryError));
        verdict.outcome = outcomeOf(verdict.libraryError, dkim_sig_getbh(sig), flags);
        verdict.testing = (flags & DKIM_SIGFLAG_TESTKEY) != 0;
        if (const DkimKeySet::Key *key = keys.find(
                DkimKeySet::keyName(verdict.selector, verdict.domain)))
            verdict.keyEvidence = key->evidence;
        verdicts.append(verdict);
    }
    return verdicts;
}
