// SPDX-License-Identifier: GPL-3.0-or-later
// The on-disk form of the launch profiles: an indented JSON document {"version": 1,
// "profiles": [...]}, read strictly and written atomically.
#pragma once

#include "launchprofile.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace nestbox::profilefile {

/// The only format version this build reads and writes.
constexpr int formatVersion = 1;

QByteArray serialize(const QList<LaunchProfile> &profiles);

/// Parses a whole document. Returns nothing and sets error when the JSON is invalid (with line
/// and column), a key has the wrong type, the version is missing or unknown, or two profiles
/// share an id. Profiles without an id get a new one.
std::optional<QList<LaunchProfile>> parse(const QByteArray &document, QString *error);

/// Writes the document through QSaveFile, so that a reader, or a crash at any moment, finds
/// either the previous file or the complete new one. Creates the parent folder when it is missing.
/// NOTE: Qt 6.4 links the data as PATH.XXXXXX before renaming it over path, so a crash between
/// those two steps leaves that complete copy behind. Nothing removes it.
bool write(const QString &path, const QList<LaunchProfile> &profiles, QString *error);

} // namespace nestbox::profilefile
