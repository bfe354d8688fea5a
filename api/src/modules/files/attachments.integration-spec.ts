import ExcelJS from 'exceljs';
import { buildScenarioInput, Harness, publishScenario } from '../../../test/factories';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

describe('scenario attachments', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start({ MAX_UPLOAD_MB: '1' });
  });
  afterAll(() => h.close());

  it('stores an allowed file under a generated name and serves it as a download to whoever may read the scenario', async () => {
    const agency = await h.registerVerified({ kind: 'agency' });
    const draft = await h.http().post('/api/v1/scenarios').set(agency.session.auth).send(buildScenarioInput()).expect(201);
    const uploaded = await h
      .http()
      .post(`/api/v1/scenarios/${draft.body.id}/attachments`)
      .set(agency.session.auth)
      .attach('file', PDF, '路口清单.pdf')
      .expect(201);
    expect(uploaded.body).toMatchObject({ filename: '路口清单.pdf', contentType: 'application/pdf', size: PDF.length });

    // A draft's files are as private as the draft.
    await h.http().get(uploaded.body.downloadUrl).expect(404);
    const other = await h.registerVerified({ kind: 'agency' });
    await h.http().get(uploaded.body.downloadUrl).set(other.session.auth).expect(404);
    const own = await h.http().get(uploaded.body.downloadUrl).set(agency.session.auth).buffer(true).expect(200);
    expect(own.headers['content-disposition']).toBe(
      `attachment; filename="____.pdf"; filename*=UTF-8''${encodeURIComponent('路口清单.pdf')}`,
    );
    expect(own.headers['content-type']).toBe('application/pdf');
    expect(own.headers['x-content-type-options']).toBe('nosniff');
  });

  it('judges the type by content: a text file named .pdf and an executable are refused with 415', async () => {
    const agency = await h.registerVerified({ kind: 'agency' });
    const draft = await h.http().post('/api/v1/scenarios').set(agency.session.auth).send(buildScenarioInput()).expect(201);
    const url = `/api/v1/scenarios/${draft.body.id}/attachments`;
    expect(
      (await h.http().post(url).set(agency.session.auth).attach('file', Buffer.from('not really a pdf'), 'report.pdf').expect(415)).body
        .code,
    ).toBe('UNSUPPORTED_FILE_TYPE');
    await h
      .http()
      .post(url)
      .set(agency.session.auth)
      .attach('file', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0]), 'tool.docx')
      .expect(415);
    await h.http().post(url).set(agency.session.auth).attach('file', Buffer.from('<script>alert(1)</script>'), 'page.html').expect(415);
    // Plain UTF-8 text is fine under a text extension, and an Office file is recognised by its content.
    await h.http().post(url).set(agency.session.auth).attach('file', Buffer.from('编号,名称\n1,路口'), '数据.csv').expect(201);
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('x').addRow(['a']);
    const xlsx = await h
      .http()
      .post(url)
      .set(agency.session.auth)
      .attach('file', Buffer.from(await workbook.xlsx.writeBuffer()), 'data.bin')
      .expect(201);
    expect(xlsx.body.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });

  it('refuses files over the size limit (413) and cleans path-traversal names', async () => {
    const agency = await h.registerVerified({ kind: 'agency' });
    const draft = await h.http().post('/api/v1/scenarios').set(agency.session.auth).send(buildScenarioInput()).expect(201);
    const url = `/api/v1/scenarios/${draft.body.id}/attachments`;
    const big = Buffer.concat([PDF, Buffer.alloc(1024 * 1024 + 10, 0x20)]);
    expect((await h.http().post(url).set(agency.session.auth).attach('file', big, 'big.pdf').expect(413)).body.code).toBe(
      'PAYLOAD_TOO_LARGE',
    );
    const traversal = await h.http().post(url).set(agency.session.auth).attach('file', PDF, '../../../etc/passwd.pdf').expect(201);
    expect(traversal.body.filename).toBe('passwd.pdf');
    await h.http().post(url).set(agency.session.auth).expect(400);
  });

  it('lets only the owning agency add or remove files (404 for others, 401 anonymous), and keeps published files', async () => {
    const agency = await h.registerVerified({ kind: 'agency' });
    const other = await h.registerVerified({ kind: 'agency' });
    const id = await publishScenario(h, agency.session);
    const added = await h
      .http()
      .post(`/api/v1/scenarios/${id}/attachments`)
      .set(agency.session.auth)
      .attach('file', PDF, '补充说明.pdf')
      .expect(201);
    await h.http().post(`/api/v1/scenarios/${id}/attachments`).set(other.session.auth).attach('file', PDF, 'x.pdf').expect(404);
    await h.http().post(`/api/v1/scenarios/${id}/attachments`).attach('file', PDF, 'x.pdf').expect(401);
    // Published: anyone may download; removal is refused.
    await h.http().get(added.body.downloadUrl).expect(200);
    await h.http().delete(`/api/v1/scenarios/${id}/attachments/${added.body.id}`).set(agency.session.auth).expect(409);
    const detail = await h.http().get(`/api/v1/scenarios/${id}`).expect(200);
    expect(detail.body.attachments.map((a: { id: string }) => a.id)).toEqual([added.body.id]);
  });
});
