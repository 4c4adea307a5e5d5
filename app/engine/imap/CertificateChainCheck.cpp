// SPDX-License-Identifier: GPL-3.0-or-later
#include "imap/CertificateChainCheck.h"

#include <QFile>
#include <QHostAddress>

#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

#include <memory>

namespace {

struct StoreFree
{
    void operator()(X509_STORE *store) const { X509_STORE_free(store); }
};
struct ContextFree
{
    void operator()(X509_STORE_CTX *context) const { X509_STORE_CTX_free(context); }
};
struct StackFree
{
    void operator()(STACK_OF(X509) * stack) const { sk_X509_pop_free(stack, X509_free); }
};
struct CertificateFree
{
    void operator()(X509 *certificate) const { X509_free(certificate); }
};

X509 *fromDer(const QByteArray &der)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(der.constData());
    return d2i_X509(nullptr, &bytes, der.size());
}

CertificateChainCheck::Verdict verdictOf(int error)
{
    using Verdict = CertificateChainCheck::Verdict;
    switch (error) {
    case X509_V_ERR_HOSTNAME_MISMATCH:
    case X509_V_ERR_IP_ADDRESS_MISMATCH:
        return Verdict::NameMismatch;
    case X509_V_ERR_CERT_HAS_EXPIRED:
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return Verdict::Expired;
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
        return Verdict::SelfSigned;
    default:
        return Verdict::Untrusted;
    }
}

} // namespace

CertificateChainCheck::Result CertificateChainCheck::check(const QList<QByteArray> &chain,
                                                           const QString &host,
                                                           const QString &caFile)
{
    if (chain.isEmpty())
        return {Verdict::NoCertificate, QStringLiteral("no certificate")};
    std::unique_ptr<X509, CertificateFree> leaf(fromDer(chain.constFirst()));
    if (!leaf)
        return {Verdict::Untrusted, QStringLiteral("the server's certificate cannot be read")};
    std::unique_ptr<STACK_OF(X509), StackFree> intermediates(sk_X509_new_null());
    for (qsizetype i = 1; i < chain.size(); ++i) {
        if (X509 *certificate = fromDer(chain.at(i)))
            sk_X509_push(intermediates.get(), certificate);
    }
    std::unique_ptr<X509_STORE, StoreFree> store(X509_STORE_new());
    X509_STORE_set_default_paths(store.get());
    if (!caFile.isEmpty()
        && X509_STORE_load_file(store.get(), QFile::encodeName(caFile).constData()) != 1)
        return {Verdict::Untrusted, QStringLiteral("%1 cannot be read").arg(caFile)};
    std::unique_ptr<X509_STORE_CTX, ContextFree> context(X509_STORE_CTX_new());
    X509_STORE_CTX_init(context.get(), store.get(), leaf.get(), intermediates.get());
    X509_VERIFY_PARAM *parameters = X509_STORE_CTX_get0_param(context.get());
    const QByteArray name = host.toUtf8();
    if (QHostAddress(host).isNull())
        X509_VERIFY_PARAM_set1_host(parameters, name.constData(), size_t(name.size()));
    else
        X509_VERIFY_PARAM_set1_ip_asc(parameters, name.constData());
    if (X509_verify_cert(context.get()) == 1)
        return {Verdict::Trusted, {}};
    const int error = X509_STORE_CTX_get_error(context.get());
    return {verdictOf(error), QString::fromUtf8(X509_verify_cert_error_string(error))};
}

QString CertificateChainCheck::verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Trusted:
        return QStringLiteral("trusted");
    case Verdict::Untrusted:
        return QStringLiteral("untrusted");
    case Verdict::SelfSigned:
        return QStringLiteral("self_signed");
    case Verdict::Expired:
        return QStringLiteral("expired");
    case Verdict::NameMismatch:
        return QStringLiteral("name_mismatch");
    case Verdict::NoCertificate:
        return QStringLiteral("no_certificate");
    }
    return {};
}
