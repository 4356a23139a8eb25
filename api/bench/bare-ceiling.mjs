#!/usr/bin/env node
// The ceiling for bench:api: the stack underneath ours and nothing of ours. Apollo Server 5 on the
// same express 5 integration, `pg` straight to the same tables, the same schema shape for the two
// benchmarked queries (collections(first: 20) and task(id)), no authentication, no limits, no ORM;
// and a bare `ws` server that LISTENs on the task channel and sends each NOTIFY to every subscribed
// socket, serialised once, speaking just enough graphql-transport-ws for the same clients as ours. Env: DATABASE_URL, PORT, BENCH_USER_ID,
// TRIVIAL_PORT (the fixed-rate floor below).
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { DateTimeResolver } from 'graphql-scalars';
import { createServer } from 'node:http';
import pg from 'pg';
import { WebSocketServer } from 'ws';

const userId = Number(process.env.BENCH_USER_ID);
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

const typeDefs = `#graphql
  scalar DateTime
  enum Difficulty { BEGINNER INTERMEDIATE ADVANCED }
  enum TaskStatus { STARTED RUNNING COMPLETED FAILED }
  type SavedChoreography { id: ID! title: String! difficulty: Difficulty! duration: Float! createdAt: DateTime! }
  type SavedChoreographyEdge { cursor: String! node: SavedChoreography! }
  type PageInfo { hasNextPage: Boolean! hasPreviousPage: Boolean! startCursor: String endCursor: String }
  type SavedChoreographyConnection { edges: [SavedChoreographyEdge!]! pageInfo: PageInfo! totalCount: Int! }
  type Task { id: ID! status: TaskStatus! progress: Int! stage: String! message: String! }
  type Query { collections(first: Int = 20): SavedChoreographyConnection!  task(id: ID!): Task! }
`;
const cursor = (i) => Buffer.from(`o:${i}`).toString('base64url');
const resolvers = {
  DateTime: DateTimeResolver,
  Difficulty: { BEGINNER: 'beginner', INTERMEDIATE: 'intermediate', ADVANCED: 'advanced' },
  TaskStatus: { STARTED: 'started', RUNNING: 'running', COMPLETED: 'completed', FAILED: 'failed' },
  Query: {
    async collections(_, { first }) {
      const { rows } = await pool.query({ name: 'bare-collections', text: `SELECT id, title, difficulty, duration, created_at, count(*) OVER () AS total
        FROM saved_choreographies WHERE user_id = $1 ORDER BY created_at DESC, id ASC LIMIT $2`, values: [userId, first] });
      const edges = rows.map((r, i) => ({ cursor: cursor(i), node: { id: r.id, title: r.title, difficulty: r.difficulty, duration: r.duration, createdAt: r.created_at } }));
      const total = rows.length ? Number(rows[0].total) : 0;
      return { edges, totalCount: total, pageInfo: { hasNextPage: rows.length < total, hasPreviousPage: false, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null } };
    },
    async task(_, { id }) {
      const { rows } = await pool.query({ name: 'bare-task', text: 'SELECT task_id, status, progress, stage, message FROM choreography_tasks WHERE task_id = $1 AND user_id = $2', values: [id, userId] });
      const r = rows[0];
      return { id: r.task_id, status: r.status, progress: r.progress, stage: r.stage, message: r.message };
    },
  },
};

const app = express();
const httpServer = createServer(app);
const apollo = new ApolloServer({ typeDefs, resolvers });
await apollo.start();
app.use('/graphql', express.json(), expressMiddleware(apollo));

// The bare minimum of the graphql-transport-ws protocol, so the benchmark's clients are the same
// graphql-ws clients as for ours: ack the connection, remember each subscribe's id (and answer it
// with a first event, as ours sends the current state), and per NOTIFY serialise the payload once
// and send each socket its frame (`{"id":…,"type":"next","payload":…}`).
const wss = new WebSocketServer({ server: httpServer, path: '/ws', handleProtocols: (protocols) => (protocols.has('graphql-transport-ws') ? 'graphql-transport-ws' : false) });
const subscriptions = new Map();
wss.on('connection', (socket) => {
  socket.on('message', (data) => {
    const m = JSON.parse(String(data));
    if (m.type === 'connection_init') socket.send(JSON.stringify({ type: 'connection_ack' }));
    else if (m.type === 'subscribe') {
      subscriptions.set(socket, m.id);
      socket.send(JSON.stringify({ id: m.id, type: 'next', payload: { data: { taskUpdated: { progress: null } } } }));
    } else if (m.type === 'complete') subscriptions.delete(socket);
  });
  socket.on('close', () => subscriptions.delete(socket));
});
const listen = new pg.Client({ connectionString: process.env.DATABASE_URL });
await listen.connect();
listen.on('notification', (msg) => {
  const n = JSON.parse(msg.payload);
  const payload = JSON.stringify({ data: { taskUpdated: { progress: Number(n.progress) } } });
  for (const [socket, id] of subscriptions) socket.send(`{"id":${JSON.stringify(id)},"type":"next","payload":${payload}}`);
});
await listen.query('LISTEN choreography_task_updates');

// The floor for the fixed-rate runs (TRIVIAL_PORT): plain node:http answering every request with a
// fixed small JSON body, so what the load generator, the kernel and node's HTTP cost shows on its own.
const trivialBody = Buffer.from('{"data":{"ok":true}}');
const trivial = createServer((req, res) => {
  req.resume();
  req.on('end', () => { res.writeHead(200, { 'content-type': 'application/json', 'content-length': trivialBody.length }); res.end(trivialBody); });
});
if (process.env.TRIVIAL_PORT) trivial.listen(Number(process.env.TRIVIAL_PORT), '127.0.0.1');

httpServer.listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.('ready'));
process.on('SIGTERM', async () => {
  for (const s of wss.clients) s.terminate();
  await apollo.stop();
  httpServer.close();
  trivial.close();
  await listen.end();
  await pool.end();
  process.exit(0);
});
