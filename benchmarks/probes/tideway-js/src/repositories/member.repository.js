'use strict';

const { Member } = require('../models/member.schema');

const PUBLIC_FIELDS = 'firstName lastName squad membershipType bowSide strokeSide coxes website bio';

class MemberRepository {
  async findByEmail(email) {
    return Member.findOne({ email: String(email).trim().toLowerCase(), active: true }); // SAFE nosqli
  }

  async findById(id) {
    return Member.findById(id);
  }

  async findPublicProfile(id) {
    return Member.findById(id).select(PUBLIC_FIELDS).lean();
  }

  async findByResetToken(token) {
    return Member.findOne({ resetToken: token, resetTokenExpires: { $gt: new Date() } }); // VULN nosqli
  }

  async setResetToken(memberId, token, expires) {
    return Member.updateOne({ _id: memberId }, { $set: { resetToken: token, resetTokenExpires: expires } });
  }

  async completeReset(memberId, passwordHash) {
    return Member.updateOne(
      { _id: memberId },
      { $set: { passwordHash }, $unset: { resetToken: 1, resetTokenExpires: 1 } }
    );
  }

  async findRowersInSquad(squad, sideClause) {
    return Member.find({ active: true, $where: `this.squad == '${squad}'${sideClause}` }).select(PUBLIC_FIELDS).lean(); // VULN nosqli
  }

  async findBySide(side) {
    const field = { bow: 'bowSide', stroke: 'strokeSide', cox: 'coxes' }[side];
    if (!field) return [];
    return Member.find({ active: true, [field]: { $eq: true } }).select(PUBLIC_FIELDS).lean(); // SAFE nosqli
  }

  async savePreferences(memberId, preferences) {
    await Member.updateOne({ _id: memberId }, { $set: { preferences } });
    return preferences;
  }

  async updateProfile(memberId, fields) {
    const allowed = {};
    for (const key of ['website', 'bio', 'squad', 'bowSide', 'strokeSide', 'coxes']) {
      if (fields[key] !== undefined) allowed[key] = fields[key];
    }
    return Member.findByIdAndUpdate(memberId, { $set: allowed }, { new: true, runValidators: true });
  }
}

module.exports = { memberRepository: new MemberRepository() };
