import ExcelJS from 'exceljs';
import { DataSource, In } from 'typeorm';
import { Harness } from '../../../test/factories';
import { unique } from '../../../test/test-app';
import { Scenario } from '../scenarios/scenario.entity';

function rows(n: number, publisher: string, batch = '2032年第一批') {
  return Array.from({ length: n }, (_, i) => ({
    title: `导入测试场景 ${publisher} ${i + 1}`,
    publisher,
    sector: i % 2 ? '智能交通' : 'agriculture',
    region: '四川省/锦城市',
    description: '通过导入文件批量发布的场景描述。',
    tags: i % 2 ? '计算机视觉、交通信号' : ['无人机', '病虫害'],
    budgetMin: 100,
    budgetMax: '300万元',
    deadline: '2099-12-31',
    batch,
    cooperationMode: i % 2 ? '揭榜攻关' : 'procurement',
  }));
}

describe('admin import of scenario lists', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start();
  });
  afterAll(() => h.close());

  it('imports a JSON body: creates the agency and the batch, publishes every row with a code', async () => {
    const admin = await h.adminSession();
    const publisher = `导入测试局 ${unique()}`;
    const response = await h
      .http()
      .post('/api/v1/admin/import/scenarios')
      .set(admin.auth)
      .send({ items: rows(3, publisher, '2032年第一批') })
      .expect(201);
    expect(response.body).toMatchObject({ imported: 3, organizationsCreated: 1 });
    const imported = await h.app
      .get(DataSource)
      .getRepository(Scenario)
      .find({ where: { organization: { name: publisher } }, relations: { organization: true, batch: true }, order: { serial: 'ASC' } });
    expect(imported.map((s) => s.status)).toEqual(['open', 'open', 'open']);
    expect(imported[0]).toMatchObject({
      budgetMax: 300,
      sectorCode: 'agriculture',
      tags: ['无人机', '病虫害'],
      cooperationMode: 'procurement',
    });
    expect(imported[1]).toMatchObject({ sectorCode: 'transport', tags: ['计算机视觉', '交通信号'], cooperationMode: 'challenge' });
    expect(imported.every((s) => /^2032-01-\d{3}$/.test(s.code!) && s.batch!.name === '2032年第一批')).toBe(true);
    expect(imported[0].organization!.status).toBe('verified');
  });

  it('imports CSV with Chinese headers and XLSX files', async () => {
    const admin = await h.adminSession();
    const publisher = `表格导入局 ${unique()}`;
    const csv = [
      '场景名称,发布单位,所属领域,地区,场景描述,能力需求,预算下限（万元）,预算上限（万元）,截止时间,批次',
      `"CSV 场景一",${publisher},智能农业,四川省/锦城市,"描述，含逗号",无人机、病虫害,50,80,2099-06-30,2032-2`,
      `"CSV 场景二",${publisher},transport,四川省/锦城市,描述二,交通信号,,,2099-06-30,2032-2`,
    ].join('\n');
    const fromCsv = await h
      .http()
      .post('/api/v1/admin/import/scenarios')
      .set(admin.auth)
      .attach('file', Buffer.from(csv), 'list.csv')
      .expect(201);
    expect(fromCsv.body.imported).toBe(2);

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('清单');
    sheet.addRow(['场景名称', '发布单位', '所属领域', '地区', '场景描述', '能力需求', '截止时间']);
    sheet.addRow([
      'XLSX 场景',
      publisher,
      '智能制造',
      '四川省/锦城市',
      '工业质检描述',
      '机器视觉, 缺陷检测',
      new Date('2099-03-01T00:00:00Z'),
    ]);
    const fromXlsx = await h
      .http()
      .post('/api/v1/admin/import/scenarios')
      .set(admin.auth)
      .attach('file', Buffer.from(await workbook.xlsx.writeBuffer()), 'list.xlsx')
      .expect(201);
    expect(fromXlsx.body).toMatchObject({ imported: 1, organizationsCreated: 0 });
    const xlsxScenario = await h.app.get(DataSource).getRepository(Scenario).findOneByOrFail({ title: 'XLSX 场景' });
    expect(xlsxScenario).toMatchObject({ sectorCode: 'manufacturing', tags: ['机器视觉', '缺陷检测'], budgetNegotiable: true });
  });

  it('imports nothing when one row is bad, and names every bad row and field', async () => {
    const admin = await h.adminSession();
    const items = rows(4, `坏行测试局 ${unique()}`);
    items[1] = { ...items[1], sector: '星际旅行' };
    items[3] = { ...items[3], title: '', deadline: 'next spring' };
    const response = await h.http().post('/api/v1/admin/import/scenarios').set(admin.auth).send({ items }).expect(400);
    expect(response.body.code).toBe('IMPORT_INVALID');
    expect(response.body.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 2, field: 'sector' }),
        expect.objectContaining({ row: 4, field: 'title' }),
        expect.objectContaining({ row: 4, field: 'deadline' }),
      ]),
    );
    expect(response.body.details.some((d: { row: number }) => d.row === 1 || d.row === 3)).toBe(false);
    // Not even the good rows (other suites write scenarios meanwhile, so count these rows only).
    const titles = items.map((i) => i.title).filter(Boolean) as string[];
    expect(
      await h.app
        .get(DataSource)
        .getRepository(Scenario)
        .countBy({ title: In(titles) }),
    ).toBe(0);
  });

  it('names the spreadsheet line of a bad CSV row', async () => {
    const admin = await h.adminSession();
    const csv = [
      '场景名称,发布单位,所属领域,地区,场景描述,能力需求',
      '好行,某局,transport,北京市,描述,标签',
      '坏行,某局,transport,北京市,描述,',
    ].join('\n');
    const response = await h
      .http()
      .post('/api/v1/admin/import/scenarios')
      .set(admin.auth)
      .attach('file', Buffer.from(csv), 'bad.csv')
      .expect(400);
    expect(response.body.details).toEqual([expect.objectContaining({ row: 3, field: 'tags' })]);
  });

  it('refuses other file types (415), empty lists (400), and non-admins (403/401)', async () => {
    const admin = await h.adminSession();
    await h.http().post('/api/v1/admin/import/scenarios').set(admin.auth).attach('file', Buffer.from('%PDF-1.4'), 'list.pdf').expect(415);
    await h.http().post('/api/v1/admin/import/scenarios').set(admin.auth).send({ items: [] }).expect(400);
    await h.http().post('/api/v1/admin/import/scenarios').set(admin.auth).send({ nothing: true }).expect(400);
    const member = await h.registerVerified({ kind: 'agency' });
    await h
      .http()
      .post('/api/v1/admin/import/scenarios')
      .set(member.session.auth)
      .send({ items: rows(1, 'x') })
      .expect(403);
    await h
      .http()
      .post('/api/v1/admin/import/scenarios')
      .send({ items: rows(1, 'x') })
      .expect(401);
  });
});

describe('admin import of enterprise capabilities', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start();
  });
  afterAll(() => h.close());

  it('creates verified enterprises with open profiles, and updates them on a second import', async () => {
    const admin = await h.adminSession();
    const name = `导入能力企业 ${unique()}`;
    const row = {
      name,
      region: '四川省/锦城市',
      description: '路口视频分析与信号优化。',
      tags: ['计算机视觉', '交通信号'],
      sectors: ['智能交通', 'city'],
      qualifications: ['高新技术企业'],
      cases: [{ title: '某区 40 个路口', client: '某交管局', year: 2025, outcome: '延误下降 18%' }],
    };
    const first = await h
      .http()
      .post('/api/v1/admin/import/capabilities')
      .set(admin.auth)
      .send({ items: [row] })
      .expect(201);
    expect(first.body).toMatchObject({ imported: 1, organizationsCreated: 1 });
    const org = await h.app.get(DataSource).query(`SELECT id, status FROM organizations WHERE name = $1`, [name]);
    expect(org[0].status).toBe('verified');
    const profile = await h.http().get(`/api/v1/organizations/${org[0].id}/profile`).expect(200);
    expect(profile.body).toMatchObject({ openForMatching: true, sectors: ['transport', 'city'], tags: ['计算机视觉', '交通信号'] });

    const csv = [
      '企业名称,地区,能力描述,能力标签,服务领域,资质,交付案例',
      `${name},四川省/锦城市,新的描述,大模型、智能体,智能政务,,政务热线问答 / 某区政务中心 / 2024 / 接通率提升`,
    ].join('\n');
    const second = await h.http().post('/api/v1/admin/import/capabilities').set(admin.auth).attach('file', Buffer.from(csv), 'caps.csv');
    expect(second.body.details ?? []).toEqual([]);
    expect(second.body).toMatchObject({ imported: 1, organizationsCreated: 0 });
    const updated = await h.http().get(`/api/v1/organizations/${org[0].id}/profile`).expect(200);
    expect(updated.body).toMatchObject({
      summary: '新的描述',
      sectors: ['government'],
      cases: [{ title: '政务热线问答', client: '某区政务中心', year: 2024, outcome: '接通率提升' }],
    });
  });

  it('imports nothing when a row has an unknown sector, a bad credit code or a bad case', async () => {
    const admin = await h.adminSession();
    const good = {
      name: `好企业 ${unique()}`,
      region: '北京市',
      description: 'd',
      tags: ['x'],
      sectors: [],
      qualifications: [],
      cases: [],
    };
    const response = await h
      .http()
      .post('/api/v1/admin/import/capabilities')
      .set(admin.auth)
      .send({
        items: [
          good,
          { ...good, name: `坏企业 ${unique()}`, sectors: ['天文'] },
          { ...good, name: `坏企业 ${unique()}`, creditCode: '91350100M000100Y44' },
          { ...good, name: `坏企业 ${unique()}`, cases: [{ title: '', year: 3000 }] },
        ],
      })
      .expect(400);
    expect(response.body.details.map((d: { row: number; field: string }) => `${d.row}:${d.field}`)).toEqual([
      '2:sectors',
      '3:creditCode',
      '4:cases',
    ]);
    expect(await h.app.get(DataSource).query(`SELECT 1 FROM organizations WHERE name = $1`, [good.name])).toEqual([]);
  });
});
