#include "PasswordKeychain.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QTimer>

#include <memory>

namespace daihoi {

namespace {

const QString &service()
{
    static const QString name = QStringLiteral("daihoi");
    return name;
}

// Runs a keychain job to its end; a keychain that does not answer within 5 s counts as unavailable, and the
// job then deletes itself whenever the answer comes.
template<typename Job>
std::unique_ptr<Job, void (*)(Job *)> finish(Job *job)
{
    // A plain-text copy in a settings file is exactly what the keychain is for avoiding.
    job->setInsecureFallback(false);
    job->setAutoDelete(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    job->start();
    if (!finished)
        loop.exec();
    if (finished)
        return {job, [](Job *done) { delete done; }};
    QObject::connect(job, &QKeychain::Job::finished, job, &QObject::deleteLater);
    return {nullptr, [](Job *) {}};
}

} // namespace

bool PasswordKeychain::isAvailable(QString *why)
{
    QString password;
    return read(QStringLiteral("daihoi-keychain-probe"), &password, why) != Result::Unavailable;
}

PasswordKeychain::Result PasswordKeychain::read(const QString &address, QString *password, QString *error)
{
    auto *started = new QKeychain::ReadPasswordJob(service());
    started->setKey(address);
    const auto job = finish(started);
    if (!job) {
        *error = tr("The system keychain did not answer.");
        return Result::Unavailable;
    }
    switch (job->error()) {
    case QKeychain::NoError:
        *password = job->textData();
        return Result::Found;
    case QKeychain::EntryNotFound:
        return Result::NotFound;
    default:
        *error = job->errorString();
        return Result::Unavailable;
    }
}

bool PasswordKeychain::write(const QString &address, const QString &password, QString *error)
{
    auto *started = new QKeychain::WritePasswordJob(service());
    started->setKey(address);
    started->setTextData(password);
    const auto job = finish(started);
    if (!job) {
        *error = tr("The system keychain did not answer.");
        return false;
    }
    if (job->error() == QKeychain::NoError)
        return true;
    *error = job->errorString();
    return false;
}

void PasswordKeychain::remove(const QString &address)
{
    auto *job = new QKeychain::DeletePasswordJob(service());
    job->setKey(address);
    finish(job);
}

} // namespace daihoi
