import ldap from 'ldapjs'
import env from '#start/env'

export interface StaffMember {
  dn: string
  uid: string
  displayName: string
  mail: string
  branch: string | null
}

const BASE_DN = 'ou=staff,dc=copperfield,dc=books'

function connect(): Promise<ldap.Client> {
  const client = ldap.createClient({ url: env.get('LDAP_URL'), timeout: 5000, connectTimeout: 5000 })
  return new Promise((resolve, reject) => {
    client.bind(env.get('LDAP_BIND_DN'), env.get('LDAP_BIND_PASSWORD'), (err) => (err ? reject(err) : resolve(client)))
  })
}

function collect(client: ldap.Client, options: ldap.SearchOptions): Promise<StaffMember[]> {
  return new Promise((resolve, reject) => {
    client.search(BASE_DN, options, (err, res) => {
      if (err) return reject(err)
      const found: StaffMember[] = []
      res.on('searchEntry', (entry) => {
        const attrs = Object.fromEntries(entry.pojo.attributes.map((a) => [a.type, a.values[0]]))
        found.push({
          dn: entry.pojo.objectName,
          uid: attrs.uid,
          displayName: attrs.displayName ?? attrs.cn,
          mail: attrs.mail,
          branch: attrs.physicalDeliveryOfficeName ?? null,
        })
      })
      res.on('error', reject)
      res.on('end', () => resolve(found))
    })
  })
}

export class UnknownStaffError extends Error {}

export class StaffDirectoryService {
  /** Resolve the login name to a DN, then bind as that DN to check the password. */
  async authenticate(username: string, password: string): Promise<StaffMember | null> {
    const client = await connect()
    try {
      const filter = `(&(objectClass=inetOrgPerson)(uid=${username}))`
      const matches = await collect(client, { scope: 'sub', filter, attributes: ['uid', 'cn', 'displayName', 'mail', 'physicalDeliveryOfficeName'] }) // VULN ldap
      if (matches.length === 0) throw new UnknownStaffError(username)
      const member = matches[0]
      const ok = await new Promise<boolean>((resolve) => client.bind(member.dn, password, (err) => resolve(!err)))
      return ok ? member : null
    } finally {
      client.unbind(() => {})
    }
  }

  /** Used by the appraisal screen to show who valued a book. */
  async findByMail(mail: string): Promise<StaffMember | null> {
    const client = await connect()
    try {
      const filter = new ldap.EqualityFilter({ attribute: 'mail', value: mail })
      const matches = await collect(client, { scope: 'sub', filter, attributes: ['uid', 'cn', 'displayName', 'mail'] }) // SAFE ldap
      return matches[0] ?? null
    } finally {
      client.unbind(() => {})
    }
  }
}

export default new StaffDirectoryService()
