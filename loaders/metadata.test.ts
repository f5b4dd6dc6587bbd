import { describe, expect, it } from 'vitest';
import { extractMetadata } from './metadata.ts';

describe('metadata', () => {
  it('reads a labelled date and source line', () => {
    expect(extractMetadata('综合新闻\n扎实推进高质量发展——某县工作综述\n发布时间:2024-01-26 编辑:湖南政协新闻网\n正文')).toMatchObject({
      title: '扎实推进高质量发展——某县工作综述',
      publisher: '湖南政协新闻网',
      publishedAt: '2024-01-26',
    });
  });

  it('reads a bare timestamp, 信息来源, and a Chinese date', () => {
    expect(extractMetadata('安泽:全力当好领跑者\n2024-02-26 16:44:56 来源:临汾新闻网\n正文').publishedAt).toBe('2024-02-26');
    expect(extractMetadata('标题在这里很长\n作者: 发布时间:2023-07-21 08:57 信息来源: 安化县人民政府办公室 浏览数:').publisher).toBe('安化县人民政府办公室');
    expect(extractMetadata('标题在这里很长\n2023年2月2日 星期四\n正文').publishedAt).toBe('2023-02-02');
  });

  it('takes a newspaper named in the byline and ignores a person named as 责任编辑', () => {
    expect(extractMetadata('迎难而上加快建设\n■策划 谷蓉文/衡阳日报全媒体记者 刘思远\n正文').publisher).toBe('衡阳日报');
    expect(extractMetadata('某县工作综述标题\n责任编辑:张三\n正文').publisher).toBeNull();
  });

  it('joins a —— subtitle line to the headline', () => {
    expect(extractMetadata('突出高质量发展主题\n——向市“两会”报告特别报道\n正文').title).toBe('突出高质量发展主题——向市“两会”报告特别报道');
  });

  it('refuses an implausible date with a warning', () => {
    const m = extractMetadata('某县工作动态标题\n发布时间:2099-01-01\n正文');
    expect(m.publishedAt).toBeNull();
    expect(m.warnings.join()).toMatch(/2099/);
  });
});
