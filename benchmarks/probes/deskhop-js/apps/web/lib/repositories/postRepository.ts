import { ObjectId, type Collection } from 'mongodb';
import { getMongo } from '../db/mongo';

export interface CommentDoc {
  id: string;
  authorId: number;
  authorName: string;
  authorHandle: string;
  text: string;
  createdAt: Date;
}

export interface PostDoc {
  _id?: ObjectId;
  slug: string;
  site: string;
  title: string;
  bodyHtml: string;
  excerpt: string;
  tags: string[];
  authorId: number;
  authorName: string;
  hidden?: boolean;
  comments: CommentDoc[];
  createdAt: Date;
  updatedAt: Date;
}

async function posts(): Promise<Collection<PostDoc>> {
  const db = await getMongo();
  return db.collection<PostDoc>('posts');
}

export async function findPostBySlug(slug: string): Promise<PostDoc | null> {
  const col = await posts();
  return col.findOne({ slug: String(slug), hidden: { $ne: true } }); // SAFE nosqli
}

export async function latestPosts(site: string, limit = 20): Promise<PostDoc[]> {
  const col = await posts();
  return col
    .find({ site, hidden: { $ne: true } }, { projection: { comments: 0 } })
    .sort({ createdAt: -1 })
    .limit(limit)
    .toArray();
}

export async function searchPostsByTitle(site: string, needle: string, limit = 20): Promise<PostDoc[]> {
  const col = await posts();
  const cursor = col.find({ site, hidden: { $ne: true }, $where: `this.title.toLowerCase().indexOf('${needle}') !== -1` }); // VULN nosqli
  return cursor.project<PostDoc>({ comments: 0 }).sort({ createdAt: -1 }).limit(limit).toArray();
}

export async function slugExists(slug: string): Promise<boolean> {
  const col = await posts();
  return (await col.countDocuments({ slug }, { limit: 1 })) > 0;
}

export async function insertPost(post: PostDoc): Promise<PostDoc> {
  const col = await posts();
  const { insertedId } = await col.insertOne(post);
  return { ...post, _id: insertedId };
}

export async function pushComment(slug: string, comment: CommentDoc): Promise<boolean> {
  const col = await posts();
  const res = await col.updateOne(
    { slug, hidden: { $ne: true } },
    { $push: { comments: comment }, $set: { updatedAt: new Date() } },
  );
  return res.modifiedCount === 1;
}
