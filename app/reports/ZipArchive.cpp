#include "ZipArchive.h"

#include <QtEndian>
#include <zlib.h>

namespace daihoi {

namespace {

quint16 u16(const QByteArray &data, qsizetype at)
{
    return qFromLittleEndian<quint16>(data.constData() + at);
}

quint32 u32(const QByteArray &data, qsizetype at)
{
    return qFromLittleEndian<quint32>(data.constData() + at);
}

void put16(QByteArray *out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out->append(bytes, 2);
}

void put32(QByteArray *out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out->append(bytes, 4);
}

bool inflateRaw(const QByteArray &in, quint32 size, QByteArray *out)
{
    out->resize(size);
    z_stream stream{};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
        return false;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    stream.avail_in = uInt(in.size());
    stream.next_out = reinterpret_cast<Bytef *>(out->data());
    stream.avail_out = uInt(size);
    const int result = inflate(&stream, Z_FINISH);
    inflateEnd(&stream);
    return result == Z_STREAM_END && stream.total_out == size;
}

QByteArray deflateRaw(const QByteArray &in)
{
    z_stream stream{};
    deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&stream, uLong(in.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    stream.avail_in = uInt(in.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

} // namespace

bool ZipArchive::read(const QByteArray &zip, QList<Entry> *entries)
{
    entries->clear();
    // The end of central directory record, searched from the end past a possible comment.
    qsizetype end = -1;
    for (qsizetype at = zip.size() - 22; at >= 0 && at >= zip.size() - 22 - 65535; --at) {
        if (u32(zip, at) == 0x06054b50) {
            end = at;
            break;
        }
    }
    if (end < 0)
        return false;
    const int count = u16(zip, end + 10);
    qsizetype at = u32(zip, end + 16);
    for (int i = 0; i < count; ++i) {
        if (at + 46 > zip.size() || u32(zip, at) != 0x02014b50)
            return false;
        const quint16 method = u16(zip, at + 10);
        const quint32 packed = u32(zip, at + 20);
        const quint32 size = u32(zip, at + 24);
        const quint16 nameLength = u16(zip, at + 28);
        const quint16 extraLength = u16(zip, at + 30);
        const quint16 commentLength = u16(zip, at + 32);
        const quint32 local = u32(zip, at + 42);
        Entry entry;
        entry.name = QString::fromUtf8(zip.mid(at + 46, nameLength));
        at += 46 + nameLength + extraLength + commentLength;
        if (local + 30 > quint64(zip.size()) || u32(zip, local) != 0x04034b50)
            return false;
        const qsizetype data = local + 30 + u16(zip, local + 26) + u16(zip, local + 28);
        if (data + qsizetype(packed) > zip.size())
            return false;
        const QByteArray raw = zip.mid(data, packed);
        if (method == 0)
            entry.data = raw;
        else if (method != 8 || !inflateRaw(raw, size, &entry.data))
            return false;
        entries->append(entry);
    }
    return true;
}

QByteArray ZipArchive::write(const QList<Entry> &entries)
{
    QByteArray out;
    QByteArray directory;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Entry &entry = entries.at(i);
        const QByteArray name = entry.name.toUtf8();
        const bool stored = i == 0 && entry.name == QLatin1String("mimetype");
        const QByteArray data = stored ? entry.data : deflateRaw(entry.data);
        const quint32 crc = quint32(crc32(0, reinterpret_cast<const Bytef *>(entry.data.constData()),
                                          uInt(entry.data.size())));
        const quint32 offset = quint32(out.size());
        const quint16 method = stored ? 0 : 8;
        // 1 January 2000: a fixed time, so the same document gives the same bytes.
        const quint16 time = 0;
        const quint16 date = quint16(((2000 - 1980) << 9) | (1 << 5) | 1);
        put32(&out, 0x04034b50);
        put16(&out, 20);
        put16(&out, 0x0800); // names in UTF-8
        put16(&out, method);
        put16(&out, time);
        put16(&out, date);
        put32(&out, crc);
        put32(&out, quint32(data.size()));
        put32(&out, quint32(entry.data.size()));
        put16(&out, quint16(name.size()));
        put16(&out, 0);
        out.append(name);
        out.append(data);

        put32(&directory, 0x02014b50);
        put16(&directory, 20);
        put16(&directory, 20);
        put16(&directory, 0x0800);
        put16(&directory, method);
        put16(&directory, time);
        put16(&directory, date);
        put32(&directory, crc);
        put32(&directory, quint32(data.size()));
        put32(&directory, quint32(entry.data.size()));
        put16(&directory, quint16(name.size()));
        put16(&directory, 0);
        put16(&directory, 0);
        put16(&directory, 0);
        put16(&directory, 0);
        put32(&directory, 0);
        put32(&directory, offset);
        directory.append(name);
    }
    const quint32 directoryOffset = quint32(out.size());
    out.append(directory);
    put32(&out, 0x06054b50);
    put16(&out, 0);
    put16(&out, 0);
    put16(&out, quint16(entries.size()));
    put16(&out, quint16(entries.size()));
    put32(&out, quint32(directory.size()));
    put32(&out, directoryOffset);
    put16(&out, 0);
    return out;
}

} // namespace daihoi
