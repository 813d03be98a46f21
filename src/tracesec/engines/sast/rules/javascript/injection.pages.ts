import type { GetServerSideProps } from 'next';
import { pool } from './db';

// the pages router: getServerSideProps reads the query string and the route params
export async function getServerSideProps({ query, params }: { query: { q: string }; params: { id: string } }) {
  // ruleid: trace.javascript.sql-injection.tainted-query
  const hits = await pool.query(`SELECT * FROM items WHERE name LIKE '%${query.q}%'`);
  // ruleid: trace.javascript.sql-injection.tainted-query
  const item = await pool.query(`SELECT * FROM items WHERE id = '${params.id}'`);
  // ok: trace.javascript.sql-injection.tainted-query
  const page = await pool.query(`SELECT * FROM items LIMIT 20 OFFSET ${Number(query.page) * 20}`);
  return { props: { hits: hits.rows, item: item.rows[0], page: page.rows } };
}

export const getStaticProps: GetServerSideProps = async (context) => {
  // ok: trace.javascript.sql-injection.tainted-query
  const items = await pool.query(`SELECT * FROM items WHERE locale = '${context.locale}'`);
  return { props: { items: items.rows } };
};
